namespace Angebotsverzeichnis.Review;

/// <summary>A field that differs between two versions of a record; null on the side where it is absent.</summary>
public sealed record FieldChange(string Path, string? Before, string? After, bool Hidden);

/// <summary>A record in both versions whose fields differ.</summary>
public sealed record ChangedRecord(RecordSnapshot Before, RecordSnapshot After, IReadOnlyList<FieldChange> Changes)
{
    public bool Unpublished => Before.Published && !After.Published;

    public bool Republished => !Before.Published && After.Published;

    /// <summary>The review date moved forward: somebody checked the offer with its provider.</summary>
    public bool ReviewRenewed =>
        DateOnly.TryParse(Before.Field("geprueft_am"), out var before) && DateOnly.TryParse(After.Field("geprueft_am"), out var after) && after > before;
}

/// <summary>What a change to the content does, record by record: added, changed (field by field), removed.</summary>
public sealed record ContentReview(IReadOnlyList<RecordSnapshot> Added, IReadOnlyList<ChangedRecord> Changed, IReadOnlyList<RecordSnapshot> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public static ContentReview Compare(IReadOnlyDictionary<string, RecordSnapshot> before, IReadOnlyDictionary<string, RecordSnapshot> after)
    {
        var added = after.Values.Where(r => !before.ContainsKey(r.Id)).ToList();
        var removed = before.Values.Where(r => !after.ContainsKey(r.Id)).ToList();
        var changed = new List<ChangedRecord>();
        foreach (var (id, now) in after)
        {
            if (!before.TryGetValue(id, out var then)) continue;
            var changes = then.Fields.Keys.Union(now.Fields.Keys).Order(StringComparer.Ordinal)
                .Select(path => new FieldChange(path, then.Field(path), now.Field(path), then.Hidden.Contains(path) || now.Hidden.Contains(path)))
                .Where(c => c.Before != c.After)
                .ToList();
            if (changes.Count > 0) changed.Add(new ChangedRecord(then, now, changes));
        }
        return new ContentReview(added, changed, removed);
    }
}
