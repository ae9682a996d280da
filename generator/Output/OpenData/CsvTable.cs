namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>A small CSV file built in memory; large ones go straight to disk through <see cref="CsvWriter"/>.</summary>
public sealed class CsvTable
{
    private readonly StringWriter _text = new();
    private readonly CsvWriter _rows;

    public CsvTable(IReadOnlyList<string> columns) => _rows = new CsvWriter(_text, columns);

    public void Add(IReadOnlyDictionary<string, string?> row) => _rows.Add(row);

    public override string ToString() => _text.ToString();
}
