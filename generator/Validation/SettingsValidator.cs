using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Validation;

internal static class SettingsValidator
{
    public static void Check(SiteSettings settings, DiagnosticList diagnostics)
    {
        var file = SourcePosition.StartOf(settings.SourceFile);
        foreach (var language in settings.Languages)
        {
            if (!IsoLanguageCodes.IsKnown(language.Code))
                diagnostics.Error(file, ProblemCodes.BadSetting, $"\"{language.Code}\" unter \"sprachen\" ist kein Sprachcode nach ISO 639.",
                    $"\"{language.Code}\" under \"sprachen\" is not an ISO 639 language code.");
        }
        foreach (var duplicate in settings.Languages.GroupBy(l => l.Code).Where(g => g.Count() > 1))
        {
            diagnostics.Error(file, ProblemCodes.BadSetting, $"Die Sprache \"{duplicate.Key}\" steht mehrmals unter \"sprachen\".",
                $"The language \"{duplicate.Key}\" is listed more than once under \"sprachen\".");
        }
        foreach (var code in settings.CommunityLanguages.Where(c => !IsoLanguageCodes.IsKnown(c)))
        {
            diagnostics.Error(file, ProblemCodes.BadSetting, $"\"{code}\" unter \"community_sprachen\" ist kein Sprachcode nach ISO 639.",
                $"\"{code}\" under \"community_sprachen\" is not an ISO 639 language code.");
        }
        foreach (var town in settings.Towns)
        {
            if (!ContactFormats.IsSlug(town.Slug))
                diagnostics.Error(file, ProblemCodes.BadSetting, $"Der Slug \"{town.Slug}\" der Stadt {town.Name} darf nur a–z, Ziffern und Bindestriche enthalten.",
                    $"The slug \"{town.Slug}\" of the town {town.Name} may only contain a–z, digits and hyphens.");
            // The open data's CSV files separate a list of towns by "|" (CsvDialect); a name with one would read back as two towns.
            if (town.Name.Contains(CsvDialect.ListSeparator))
                diagnostics.Error(file, ProblemCodes.BadSetting, $"Der Name der Stadt \"{town.Name}\" darf kein \"{CsvDialect.ListSeparator}\" enthalten; es trennt in den CSV-Dateien die Städte einer Liste.",
                    $"The name of the town \"{town.Name}\" must not contain \"{CsvDialect.ListSeparator}\"; it separates the towns of a list in the CSV files.");
            foreach (var neighbour in town.Neighbours.Where(n => settings.TownNamed(n) is null))
                diagnostics.Error(file, ProblemCodes.BadSetting, $"Die Nachbarstadt \"{neighbour}\" von {town.Name} steht nicht unter \"orte\".",
                    $"The neighbouring town \"{neighbour}\" of {town.Name} is not listed under \"orte\".");
        }
        // A missing list is reported as a missing field already; a list without one of the three values would leave
        // offers the filter cannot find.
        var deliveries = settings.Lists[ClosedLists.Delivery];
        foreach (var value in ClosedLists.DeliveryValues.Where(v => deliveries.Count > 0 && !deliveries.Contains(v, StringComparer.Ordinal)))
        {
            diagnostics.Error(file, ProblemCodes.BadSetting,
                $"Unter \"listen\" fehlt in \"{ClosedLists.Delivery}\" der Wert \"{value}\"; die Website braucht {string.Join(", ", ClosedLists.DeliveryValues)} für Filter und schema.org-Daten.",
                $"Under \"listen\", the value \"{value}\" is missing from \"{ClosedLists.Delivery}\"; the website needs {string.Join(", ", ClosedLists.DeliveryValues)} for its filter and schema.org data.");
        }
        foreach (var name in settings.Lists.Names)
        {
            foreach (var value in settings.Lists[name].Where(v => !ContactFormats.IsSlug(v.ToLowerInvariant())))
                diagnostics.Error(file, ProblemCodes.BadSetting, $"Der Listenwert \"{value}\" in \"{name}\" darf nur Buchstaben, Ziffern und Bindestriche enthalten.",
                    $"The list value \"{value}\" in \"{name}\" may only contain letters, digits and hyphens.");
        }
    }
}
