namespace Angebotsverzeichnis.Review;

/// <summary>One record file as the review sees it: its public fields flattened to paths such as "name.tr" or "zeiten[1].von".</summary>
/// <param name="Hidden">Paths whose values the report must not show (a contact person's details).</param>
public sealed record RecordSnapshot(string Id, string Kind, string File, IReadOnlyDictionary<string, string> Fields, IReadOnlySet<string> Hidden)
{
    public string? Field(string path) => Fields.GetValueOrDefault(path);

    public bool Published => Field("veroeffentlicht") is not ("nein" or "false");
}
