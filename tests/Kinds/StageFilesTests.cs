using System.Text.RegularExpressions;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Kinds;

/// <summary>
/// A kind lives in its folder under generator/Kinds/: no stage names one, so a new kind needs no edit of any stage.
/// A stage file whose code names a kind's types, its folder, its schema or English name, or one of its own fields as
/// a string, decides something for that kind that the kind should decide.
/// </summary>
public class StageFilesTests
{
    private static readonly string Generator = Path.Combine(RepositoryPaths.Root, "generator");

    public static IEnumerable<string> StageFiles() => Directory
        .EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
        .Where(path => !IsUnder(path, "Kinds") && !IsUnder(path, "bin") && !IsUnder(path, "obj"))
        .Order(StringComparer.Ordinal);

    private static bool IsUnder(string path, string folder) =>
        Path.GetRelativePath(Generator, path).Split(Path.DirectorySeparatorChar)[0] == folder;

    /// <summary>What would name each kind: its types as words, its names and its own fields as string literals.</summary>
    public static IEnumerable<(OfferKind Kind, string What, Regex Pattern)> KindNames()
    {
        var common = Names(RecordFormat.Common).ToHashSet(StringComparer.Ordinal);
        foreach (var kind in OfferKinds.All)
        {
            var details = kind.Create(FieldValues.None).GetType();
            foreach (var type in new[] { kind.GetType(), details })
                yield return (kind, $"type {type.Name}", new Regex($@"\b{Regex.Escape(type.Name)}\b"));
            yield return (kind, $"namespace {details.Namespace}", new Regex(Regex.Escape(details.Namespace!)));
            foreach (var name in new[] { kind.Folder, kind.SchemaName, kind.EnglishName }.Concat(kind.Fields.Select(f => f.Name)).Distinct())
            {
                if (common.Contains(name)) continue;
                yield return (kind, $"\"{name}\"", new Regex($"\"{Regex.Escape(name)}[\"_.\\[]"));
            }
        }
    }

    private static IEnumerable<string> Names(IEnumerable<FieldSpec> fields) =>
        fields.SelectMany(f => Names(f.Children).Prepend(f.Name));

    [Fact]
    public void NoStageFile_NamesAKind()
    {
        var names = KindNames().ToList();
        Assert.True(names.Count > 40, "the test must know every kind's names");
        var found = new List<string>();
        foreach (var file in StageFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // A comment may give an example; code may not decide for a kind.
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (var (kind, what, pattern) in names)
                {
                    if (pattern.IsMatch(lines[i]))
                        found.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {what} of {kind.Folder}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(found.Count == 0, "Stage files that name a kind (move the decision into the kind's folder):\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheCheck_FindsAKindNamedInAStageFile()
    {
        var line = "        if (offer.Details is LanguageCourse { Places: \"warteliste\" }) record[\"kursart\"] = x;";
        var hits = KindNames().Where(n => n.Pattern.IsMatch(line)).Select(n => n.What).ToList();
        Assert.Contains("type LanguageCourse", hits);
        Assert.Contains("\"kursart\"", hits);
        Assert.DoesNotContain(KindNames(), n => n.Pattern.IsMatch("record[\"name\"] = offer.Name; // a course's name"));
    }
}
