using System.CommandLine;
using System.Globalization;

namespace Angebotsverzeichnis.Commands;

/// <summary>The folder and date options shared by build and validate.</summary>
internal sealed class CommonOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "Ordner mit den Angeboten und site.yaml", DefaultValueFactory = _ => "content" };
    public Option<string> Templates { get; } = new("--templates") { Description = "Ordner mit den Scriban-Vorlagen", DefaultValueFactory = _ => "templates" };
    public Option<string> Translations { get; } = new("--translations") { Description = "Ordner mit den Oberflächentexten je Sprache", DefaultValueFactory = _ => "translations" };
    public Option<string?> Today { get; } = new("--today") { Description = "Stichtag für Prüf- und Kursdaten (JJJJ-MM-TT), sonst das heutige Datum" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Translations);
        command.Options.Add(Today);
    }

    public BuildOptions Read(ParseResult result) => new()
    {
        ContentDirectory = result.GetValue(Content)!,
        TemplatesDirectory = result.GetValue(Templates)!,
        TranslationsDirectory = result.GetValue(Translations)!,
        Today = ParseDate(result.GetValue(Today)) ?? DateOnly.FromDateTime(DateTime.Now),
    };

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void ValidateDate(System.CommandLine.Parsing.OptionResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            result.AddError($"{result.Option.Name} erwartet ein Datum der Form JJJJ-MM-TT, nicht \"{text}\".");
        }
    }
}
