using System.Text.RegularExpressions;

namespace Angebotsverzeichnis.Validation;

public static partial class ContactFormats
{
    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value);

    public static bool IsPostcode(string value) => PostcodePattern().IsMatch(value);

    public static bool IsWebsite(string value) =>
        LinkPolicy.IsAllowed(value) && !value.Any(char.IsWhiteSpace) && (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

    /// <summary>An id is a plain slug, so that it is safe as a file name and in a URL.</summary>
    public static bool IsSlug(string value) => value.Length <= 80 && SlugPattern().IsMatch(value);

    // The same patterns go into the JSON Schemas, so they stay within what JavaScript's RegExp understands.
    public const string EmailPatternText = @"^[^@\s<>""'(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$";
    public const string PhonePatternText = @"^\+?[0-9](?:[0-9 /\-]|\([0-9]+\)){4,30}$";
    public const string PostcodePatternText = @"^[0-9]{5}$";
    public const string SlugPatternText = @"^[a-z0-9]+(?:-[a-z0-9]+)*$";

    [GeneratedRegex(EmailPatternText)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(PhonePatternText)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(PostcodePatternText)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(SlugPatternText)]
    private static partial Regex SlugPattern();
}
