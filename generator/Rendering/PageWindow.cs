namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The page numbers a pagination shows: the first, the last, and two on either side of the current one; null marks a gap.
/// A listing of a hundred pages would otherwise carry a hundred links on every page, a wall of links on a phone and for a screen reader.
/// </summary>
public static class PageWindow
{
    private const int Around = 2;

    public static IEnumerable<int?> Numbers(int current, int count)
    {
        var previous = 0;
        for (var number = 1; number <= count; number++)
        {
            var shown = number == 1 || number == count || Math.Abs(number - current) <= Around;
            if (!shown) continue;
            if (number > previous + 1) yield return number == previous + 2 ? previous + 1 : null;
            yield return number;
            previous = number;
        }
    }
}
