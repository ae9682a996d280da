using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Commands;

/// <summary>The folder, date and message options shared by build and validate.</summary>
internal sealed class CommonOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "Ordner mit den Angeboten und site.yaml", DefaultValueFactory = _ => "content" };
    public Option<string> Templates { get; } = new("--templates") { Description = "Ordner mit den Scriban-Vorlagen", DefaultValueFactory = _ => "templates" };
    public Option<string> Translations { get; } = new("--translations") { Description = "Ordner mit den Oberflächentexten je Sprache", DefaultValueFactory = _ => "translations" };
    public Option<string?> Today { get; } = new("--today") { Description = "Stichtag für Prüf- und Kursdaten (JJJJ-MM-TT), sonst das heutige Datum" };
    public Option<string> Messages { get; } = new("--messages") { Description = "Sprache der Meldungen: de (Deutsch) oder en (English)", DefaultValueFactory = _ => "de" };
    public Option<string> Format { get; } = new("--format") { Description = "Form der Meldungen: text oder github (Annotationen für GitHub Actions)", DefaultValueFactory = _ => "text" };

    public CommonOptions()
    {
        Today.Validators.Add(ValidateDate);
        Messages.AcceptOnlyFromAmong("de", "en");
        Format.AcceptOnlyFromAmong("text", "github");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Translations);
        command.Options.Add(Today);
        command.Options.Add(Messages);
        command.Options.Add(Format);
    }

    public BuildOptions Read(ParseResult result) => new()
    {
        ContentDirectory = result.GetValue(Content)!,
        TemplatesDirectory = result.GetValue(Templates)!,
        TranslationsDirectory = result.GetValue(Translations)!,
        Today = ParseDate(result.GetValue(Today)) ?? DateOnly.FromDateTime(DateTime.Now),
    };

    public DiagnosticPrinter Printer(ParseResult result) => new(
        result.GetValue(Format) == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text,
        result.GetValue(Messages) == "en" ? MessageLanguage.English : MessageLanguage.German);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void ValidateDate(OptionResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            result.AddError($"{result.Option.Name} erwartet ein Datum der Form JJJJ-MM-TT, nicht \"{text}\".");
        }
    }
}
