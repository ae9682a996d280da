namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>One table of the HSDS export: its name, its columns and its rows, produced one at a time when the file is written.</summary>
public sealed record HsdsTable(string Name, IReadOnlyList<string> Columns, Func<IEnumerable<IReadOnlyDictionary<string, string?>>> Rows)
{
    /// <summary>The columns that hold numbers, written with a decimal comma (<see cref="Loading.Import.CsvDialect.Number(double)"/>); the others hold text.</summary>
    public IReadOnlyList<string> NumberColumns { get; init; } = [];

    public void WriteTo(TextWriter output)
    {
        var csv = new CsvWriter(output, Columns);
        foreach (var row in Rows()) csv.Add(row);
    }
}
