namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>A CSV file (RFC 4180: comma, double quotes, CRLF), written row by row as the rows come.</summary>
public sealed class CsvWriter
{
    private readonly TextWriter _output;
    private readonly IReadOnlyList<string> _columns;
    private readonly HashSet<string> _declared;

    /// <summary>Starts the file with its header line.</summary>
    public CsvWriter(TextWriter output, IReadOnlyList<string> columns)
    {
        _output = output;
        _columns = columns;
        _declared = new HashSet<string>(columns, StringComparer.Ordinal);
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
            if (!first) _output.Write(',');
            WriteQuoted(value);
            first = false;
        }
        _output.Write("\r\n");
    }

    private void WriteQuoted(string value)
    {
        if (value.IndexOfAny([',', '"', '\r', '\n']) < 0)
        {
            _output.Write(value);
            return;
        }
        _output.Write('"');
        _output.Write(value.Replace("\"", "\"\""));
        _output.Write('"');
    }
}
