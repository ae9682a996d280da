using System.Globalization;
using System.Text;

namespace Angebotsverzeichnis.Tests.Support;

/// <summary>
/// A CSV file of the site read back as the /data/ page describes it, by a reader of the tests' own (it shares no code
/// with the generator, so a mistake there cannot hide here): UTF-8 with a byte order mark, semicolons, CRLF, RFC 4180
/// quoting, numbers with a decimal comma, and "an apostrophe at the start of a cell is never part of the value". The
/// reader is strict: anything a spreadsheet could read differently (a bare LF, a quotation mark in an unquoted cell,
/// white space at the edge of an unquoted cell) fails the test.
/// </summary>
public sealed class PublishedCsv
{
    public const char Separator = ';';

    private PublishedCsv(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rawRows)
    {
        Header = header;
        RawRows = rawRows;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The cells as they stand in the file (quotation marks undone, apostrophes kept).</summary>
    public IReadOnlyList<IReadOnlyList<string>> RawRows { get; }

    /// <summary>Each row as column name → value, apostrophes removed.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows =>
        RawRows.Select(row => (IReadOnlyDictionary<string, string>)Header.Zip(row, (name, cell) => (name, Value(cell)))
            .ToDictionary(c => c.name, c => c.Item2, StringComparer.Ordinal)).ToList();

    /// <summary>The documented rule for readers: an apostrophe at the start of a cell guards it and is removed, exactly one.</summary>
    public static string Value(string raw) => raw.StartsWith('\'') ? raw[1..] : raw;

    /// <summary>A number cell as a German spreadsheet reads it: a decimal comma, no thousands separator, no exponent ("51,4372", "-0,1276", "12").</summary>
    public static double Number(string value) =>
        double.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, DecimalComma);

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>The values of a list cell: separated by "|", each without the spaces around it; an empty cell is an empty list.</summary>
    public static IReadOnlyList<string> List(string value) =>
        value.Length == 0 ? [] : value.Split('|').Select(item => item.Trim()).ToList();

    public static PublishedCsv Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{path} does not start with a UTF-8 byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var rows = Parse(text, path);
        Assert.NotEmpty(rows);
        return new PublishedCsv(rows[0], rows.Skip(1).ToList());
    }

    private static List<IReadOnlyList<string>> Parse(string text, string path)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        Assert.True(text.EndsWith("\r\n", StringComparison.Ordinal), $"{path} does not end with CRLF");
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, $"{path}: a quoted cell is never closed");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else cell.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (Separator or '\r' or '\n'))
                {
                    Assert.True(text[i] != '"', $"{path}, row {rows.Count + 1}: a quotation mark in an unquoted cell");
                    cell.Append(text[i++]);
                }
                var unquoted = cell.ToString();
                Assert.True(unquoted.Length == 0 || (!char.IsWhiteSpace(unquoted[0]) && !char.IsWhiteSpace(unquoted[^1])),
                    $"{path}, row {rows.Count + 1}: white space at the edge of the unquoted cell \"{unquoted}\"");
            }
            row.Add(cell.ToString());
            cell.Clear();
            if (i < text.Length && text[i] == Separator)
            {
                i++;
                continue;
            }
            Assert.True(i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n', $"{path}, row {rows.Count + 1}: a cell is not followed by a separator or CRLF");
            i += 2;
            rows.Add(row);
            row = [];
        }
        return rows;
    }
}
