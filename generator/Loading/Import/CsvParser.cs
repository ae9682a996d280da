namespace Angebotsverzeichnis.Loading.Import;

/// <summary>One cell of a CSV file with the line and column it starts at.</summary>
public sealed record CsvCell(string Text, int Line, int Column);

/// <summary>One row: its cells, or the place and reason its quoting is broken.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<CsvCell> Cells, (int Line, int Column, string Reason)? QuotingError = null)
{
    public bool IsBlank => QuotingError is null && Cells.All(c => c.Text.Trim().Length == 0);
}

/// <summary>
/// RFC 4180 CSV as spreadsheets write it: cells separated by semicolon, comma or tab (found from the header line;
/// German Excel and our own exports write semicolons, older files and other programs commas or tabs), cells in double
/// quotation marks may hold separators, line breaks and "" for a quotation mark; lines end in CRLF or LF. Lines and
/// columns are counted as editors count them, from 1.
/// </summary>
public static class CsvParser
{
    /// <summary>
    /// The separator of the header line (the first line that is not empty): the one of ";", "," and tab that occurs
    /// most often outside quotation marks (column names hold none of them); ";" when none does or on a tie with it,
    /// "," on a tie of comma and tab.
    /// </summary>
    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text.AsSpan().TrimStart("\r\n"))
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c is '\n' or '\r') break;
            else if (c == ';') semicolons++;
            else if (c == ',') commas++;
            else if (c == '\t') tabs++;
        }
        if (commas > semicolons && commas >= tabs) return ',';
        if (tabs > semicolons && tabs > commas) return '\t';
        return ';';
    }

    public static IEnumerable<CsvRow> Rows(string text, char separator)
    {
        var position = 0;
        var line = 1;
        var lineStart = 0;
        while (position < text.Length)
        {
            var rowLine = line;
            var cells = new List<CsvCell>();
            (int, int, string)? error = null;
            while (true)
            {
                var cellLine = line;
                var cellColumn = position - lineStart + 1;
                var value = new System.Text.StringBuilder();
                if (position < text.Length && text[position] == '"')
                {
                    position++;
                    var closed = false;
                    while (position < text.Length)
                    {
                        var c = text[position];
                        if (c == '"')
                        {
                            if (position + 1 < text.Length && text[position + 1] == '"')
                            {
                                value.Append('"');
                                position += 2;
                                continue;
                            }
                            position++;
                            closed = true;
                            break;
                        }
                        if (c == '\n')
                        {
                            line++;
                            lineStart = position + 1;
                        }
                        value.Append(c);
                        position++;
                    }
                    if (!closed)
                    {
                        error ??= (cellLine, cellColumn, "unclosed");
                        cells.Add(new CsvCell(value.ToString(), cellLine, cellColumn));
                        break;
                    }
                    if (position < text.Length && text[position] != separator && text[position] is not ('\n' or '\r'))
                    {
                        error ??= (line, position - lineStart + 1, "after-quote");
                        // Take the rest of the cell as it is, to find the next separator.
                        while (position < text.Length && text[position] != separator && text[position] is not ('\n' or '\r'))
                            value.Append(text[position++]);
                    }
                }
                else
                {
                    while (position < text.Length && text[position] != separator && text[position] is not ('\n' or '\r'))
                        value.Append(text[position++]);
                }
                cells.Add(new CsvCell(value.ToString(), cellLine, cellColumn));
                if (position < text.Length && text[position] == separator)
                {
                    position++;
                    continue;
                }
                break;
            }
            // End of the row: CRLF, LF, a lone CR, or the end of the text.
            if (position < text.Length && text[position] == '\r') position++;
            if (position < text.Length && text[position] == '\n') position++;
            line++;
            lineStart = position;
            yield return new CsvRow(rowLine, cells, error);
        }
    }
}
