using System.Security.Cryptography;
using System.Text;

namespace Angebotsverzeichnis.Loading.Records;

/// <summary>
/// The short fingerprint of a source-language text that a translation records beside itself ("tr_quelle: 3f2a9c1b"):
/// when the German text changes, its fingerprint no longer matches and the translation is stale. Eight hex digits of
/// SHA-256 over the text with line breaks as "\n", trailing white space removed and Unicode composed (NFC), so that
/// re-indenting or re-saving a file never makes a translation stale.
/// </summary>
public static class SourceFingerprint
{
    /// <summary>The key beside a translation: "tr" gets "tr_quelle".</summary>
    public const string Suffix = "_quelle";

    public const int Length = 8;

    public static string Of(string sourceText)
    {
        var normalized = sourceText.ReplaceLineEndings("\n").TrimEnd().Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..Length];
    }

    public static string KeyFor(string language) => language + Suffix;

    /// <summary>Whether a key of a text block is a fingerprint key, and for which language.</summary>
    public static bool IsKey(string key, out string language)
    {
        language = key.EndsWith(Suffix, StringComparison.Ordinal) ? key[..^Suffix.Length] : "";
        return language.Length > 0;
    }

    public static bool IsWellFormed(string value) =>
        value.Length == Length && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
