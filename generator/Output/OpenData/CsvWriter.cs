using Angebotsverzeichnis.Loading.Import;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// A CSV file in the form of <see cref="CsvDialect"/> (byte order mark, semicolons, CRLF, quotation marks after RFC 4180,
/// formulas guarded), written row by row as the rows come. Every CSV file the site publishes is written here.
/// </summary>
public sealed class CsvWriter
{
    private readonly TextWriter _output;
    private readonly IReadOnlyList<string> _columns;
    private readonly HashSet<string> _declared;

    /// <summary>Starts the file with its byte order mark and its header line.</summary>
    public CsvWriter(TextWriter output, IReadOnlyList<string> columns)
    {
        _output = output;
        _columns = columns;
        _declared = new HashSet<string>(columns, StringComparer.Ordinal);
        _output.Write(CsvDialect.ByteOrderMark);
        WriteLine(columns);
    }

    public void Add(IReadOnlyDictionary<string, string?> row)
    {
        var unknown = row.Keys.FirstOrDefault(k => !_declared.Contains(k));
        if (unknown is not null) throw new ArgumentException($"column {unknown} is not declared");
        WriteLine(_columns.Select(c => row.GetValueOrDefault(c) ?? ""));
    }

    private void WriteLine(IEnumerable<string> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first) _output.Write(CsvDialect.Separator);
            WriteQuoted(CsvDialect.GuardFormula(value));
            first = false;
        }
        _output.Write("\r\n");
    }

    /// <summary>In quotation marks when the cell holds a separator, a quotation mark or a line break, or begins or ends with white space (which spreadsheets would drop).</summary>
    private void WriteQuoted(string value)
    {
        if (value.IndexOfAny([CsvDialect.Separator, '"', '\r', '\n']) < 0 &&
            (value.Length == 0 || (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]))))
        {
            _output.Write(value);
            return;
        }
        _output.Write('"');
        _output.Write(value.Replace("\"", "\"\""));
        _output.Write('"');
    }
}
