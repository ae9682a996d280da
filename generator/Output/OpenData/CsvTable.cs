using System.Text;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>A CSV file (RFC 4180: comma, double quotes, CRLF), built row by row.</summary>
public sealed class CsvTable(IReadOnlyList<string> columns)
{
    private readonly List<IReadOnlyDictionary<string, string?>> _rows = new();

    public IReadOnlyList<string> Columns { get; } = columns;

    public void Add(IReadOnlyDictionary<string, string?> row)
    {
        var unknown = row.Keys.FirstOrDefault(k => !Columns.Contains(k));
        if (unknown is not null) throw new ArgumentException($"column {unknown} is not declared");
        _rows.Add(row);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(Quote)).Append("\r\n");
        foreach (var row in _rows)
        {
            text.AppendJoin(',', Columns.Select(c => Quote(row.GetValueOrDefault(c) ?? ""))).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
