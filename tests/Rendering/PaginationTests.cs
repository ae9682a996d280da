using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Tests.Rendering;

public class PaginationTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 5, "1 2 3 4 5")]
    [InlineData(1, 100, "1 2 3 … 100")]
    [InlineData(50, 100, "1 … 48 49 50 51 52 … 100")]
    [InlineData(100, 100, "1 … 98 99 100")]
    [InlineData(5, 9, "1 2 3 4 5 6 7 8 9")]
    [InlineData(6, 12, "1 … 4 5 6 7 8 … 12")]
    public void ALongListingLinksTheFirstTheLastAndTheNeighboursOfTheCurrentPage(int current, int count, string shown)
    {
        var numbers = PageWindow.Numbers(current, count).Select(n => n?.ToString() ?? "…");
        Assert.Equal(shown, string.Join(" ", numbers));
    }
}
