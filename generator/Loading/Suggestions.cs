namespace Angebotsverzeichnis.Loading;

/// <summary>"Did you mean" for typing mistakes in field names and list values.</summary>
public static class Suggestions
{
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        // "Wetter" means "Wetter (Ruhr)", not "Witten": a candidate that begins with the typed text wins.
        var extended = list.Where(c => wrong.Length >= 3 && c.StartsWith(wrong, StringComparison.OrdinalIgnoreCase)).ToList();
        if (extended.Count == 1) return extended[0];
        candidates = list;
        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = wrong.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        var tolerated = Math.Max(2, wrong.Length / 3);
        return bestDistance <= tolerated ? best : null;
    }

    public static string Hint(string wrong, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var closest = Closest(wrong, list);
        return closest is not null
            ? $"Meinten Sie \"{closest}\"?"
            : $"Erlaubt sind: {string.Join(", ", list)}.";
    }

    public static string EnglishHint(string wrong, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var closest = Closest(wrong, list);
        return closest is not null
            ? $"Did you mean \"{closest}\"?"
            : $"Allowed: {string.Join(", ", list)}.";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
