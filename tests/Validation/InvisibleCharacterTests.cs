using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Validation;

/// <summary>
/// A record cannot show one provider's name while it says another's, or an address that looks right and leads
/// elsewhere: direction controls in names and invisible characters in addresses and links are refused (AV606,
/// for links in descriptions AV602), with the field named; the joiners and marks Persian and Arabic need stay allowed.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private static List<Diagnostic> Check(string record)
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", record);
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        return diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
    }

    [Theory]
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u2066")] // left-to-right isolate
    [InlineData("\u202B")] // right-to-left embedding
    public void ADirectionControlInAName_IsRefused(string control)
    {
        var record = SampleRecords.With(SampleRecords.Course, "name", $"name:\n  de: VHS Witten{control}nettiW SHV");
        var error = Assert.Single(Check(record));
        Assert.Equal(ProblemCodes.InvisibleCharacter, error.Code);
        Assert.Contains("\"name.de\"", error.Message);
        Assert.Contains($"U+{(int)control[0]:X4}", error.Message);
        Assert.Equal(2, error.Position.Line);
    }

    [Theory]
    [InlineData("website", "website: https://vhs\u200B.example.org/kurs")]
    [InlineData("email", "email: kurs@vhs\u2060.example.org")]
    [InlineData("website", "website: https://vhs.example.org/\u202Egpj.exe")]
    public void AnInvisibleCharacterInAnAddress_IsRefused_WithOneClearMessage(string field, string line)
    {
        var error = Assert.Single(Check(SampleRecords.With(SampleRecords.Course, field, line)));
        Assert.Equal(ProblemCodes.InvisibleCharacter, error.Code);
        Assert.Contains($"\"{field}\"", error.Message);
    }

    [Fact]
    public void ALinkInADescription_WithAnInvisibleCharacter_IsNotAllowed()
    {
        var record = SampleRecords.With(SampleRecords.Course, "beschreibung", "beschreibung:\n  de: Anmeldung bei der [VHS](https://vhs\u200B.example.org/).");
        var error = Assert.Single(Check(record));
        Assert.Equal(ProblemCodes.UnsafeLink, error.Code);
    }

    [Fact]
    public void TheJoinersAndMarksThatPersianAndArabicNeed_AreAllowedInNames()
    {
        // "می‌خواهم" is written with a zero-width non-joiner (U+200C); a right-to-left mark (U+200F) ends a mixed name.
        var record = SampleRecords.With(SampleRecords.Course, "name", "name:\n  de: Kurs für Mütter\n  fa: \"کلاس آلمانی برای مادران می\u200Cخواهم VHS\u200F\"\n  fa_quelle: 00000000");
        Assert.DoesNotContain(Check(record), e => e.Code == ProblemCodes.InvisibleCharacter);
    }
}
