using System.Globalization;
using System.Text.RegularExpressions;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// The form of every CSV file the site publishes, and the first one the import understands: what a German spreadsheet
/// opens correctly on a double click. UTF-8 with a byte order mark (without it Excel reads Windows-1252), semicolons
/// (German Excel and LibreOffice expect them, the comma being the decimal sign), CRLF, double quotation marks after
/// RFC 4180. A list inside one cell is separated by " | ": no list value can hold a "|" (codes are slugs, and the
/// settings refuse a town name with one), so "Wetter (Ruhr) | Herdecke" reads back as two towns. A decimal number
/// has a decimal comma ("7,335"), since a German spreadsheet reads "7.335" as 7335 and "51.4372" as text. A cell
/// that a spreadsheet would run as a formula starts with an apostrophe, as OWASP recommends against formula injection.
/// </summary>
public static partial class CsvDialect
{
    public const char Separator = ';';

    public const char ByteOrderMark = '\uFEFF';

    /// <summary>What separates the values of a list inside one cell; written with a space on each side.</summary>
    public const char ListSeparator = '|';

    /// <summary>The mark in front of a cell that would otherwise be a formula; a spreadsheet shows the rest as text.</summary>
    public const char FormulaGuard = '\'';

    /// <summary>The decimal sign of a German spreadsheet, and so of every number in a CSV file of the site.</summary>
    public const char DecimalSign = ',';

    /// <summary>A number as a cell: <see cref="Number(string)"/> of its shortest form that reads back as the same value.</summary>
    public static string Number(double value) => Number(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>
    /// A number written with a point (as in JSON or by the invariant culture) as a cell: the same digits with a decimal
    /// comma, no thousands separator and, as a person writes it, no exponent ("51.4372" → "51,4372", "1E-05" →
    /// "0,00001"); an integer stays as it is. German Excel would read "7.335" as 7335 and "51.4372" as text.
    /// </summary>
    public static string Number(string invariant) => Positional(invariant).Replace('.', DecimalSign);

    private static string Positional(string number)
    {
        var e = number.IndexOfAny(['e', 'E']);
        if (e < 0) return number;
        var sign = number[0] == '-' ? "-" : "";
        var mantissa = number[sign.Length..e];
        var point = mantissa.IndexOf('.');
        var digits = mantissa.Replace(".", "");
        var exponent = int.Parse(number[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        // The number of digits before the point once the exponent is applied.
        var whole = (point < 0 ? mantissa.Length : point) + exponent;
        var zeros = digits.Length - digits.TrimStart('0').Length;
        (digits, whole) = (digits[zeros..], whole - zeros);
        if (digits.Length == 0) return "0";
        if (whole <= 0) return $"{sign}0.{new string('0', -whole)}{digits}";
        if (whole >= digits.Length) return sign + digits + new string('0', whole - digits.Length);
        return $"{sign}{digits[..whole]}.{digits[whole..]}";
    }

    /// <summary>The values of a list as one cell.</summary>
    public static string List(IEnumerable<string> values)
    {
        var list = values.ToList();
        // Validation refuses such values (AV802 for a town name); one here is a bug that would split a value in two.
        if (list.FirstOrDefault(v => v.Contains(ListSeparator)) is { } broken)
            throw new InvalidOperationException($"the list value \"{broken}\" contains the list separator");
        return string.Join($" {ListSeparator} ", list);
    }

    /// <summary>
    /// The cell with an apostrophe in front when a spreadsheet would take it for a formula: it begins with =, +, -, @, a
    /// tab or a line break. A phone number "+49 2302 …" is guarded too (Excel would calculate it); a negative number
    /// as <see cref="Number(string)"/> writes it, such as a longitude "-0,1276", is not, since as a formula it is only
    /// itself (a text "-0.1276" is guarded). A cell that begins with an apostrophe of its own is guarded as well, so
    /// that every apostrophe at the start of a cell is a guard and a reader only has to remove it.
    /// </summary>
    public static string GuardFormula(string value)
    {
        if (value.Length == 0 || !StartsLikeAFormula(value) || NegativeNumber().IsMatch(value)) return value;
        return FormulaGuard + value;
    }

    /// <summary>
    /// A cell read back: the guard removed where <see cref="GuardFormula"/> could have put it (an apostrophe before one
    /// of the characters it guards). An apostrophe before anything else is the editor's own ("'s-Hertogenbosch").
    /// </summary>
    public static string RemoveFormulaGuard(string value) =>
        value.Length >= 2 && value[0] == FormulaGuard && StartsLikeAFormula(value[1..]) ? value[1..] : value;

    private static bool StartsLikeAFormula(string value) => value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or FormulaGuard;

    [GeneratedRegex(@"^-[0-9]+(,[0-9]+)?$")]
    private static partial Regex NegativeNumber();
}
