using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.MigrantOrganisations;
using Angebotsverzeichnis.Kinds.LanguageCourses;
using Angebotsverzeichnis.Kinds.InterpreterServices;
using Angebotsverzeichnis.Kinds.CareServices;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Loading;

public class RecordLoadingTests
{
    private static (Offer? Offer, DiagnosticList Diagnostics) Load(string folder, string id, string yaml)
    {
        using var site = new ScratchSite();
        var path = site.WriteRecord(folder, id, yaml);
        var diagnostics = new DiagnosticList();
        var offer = ContentLoader.ReadRecord(new RecordFile(path, $"content/{folder}/{id}.yaml", id, OfferKinds.FromFolder(folder)!), "de", diagnostics);
        return (offer, diagnostics);
    }

    [Fact]
    public void LanguageCourse_LoadsCommonAndCourseFields()
    {
        var (offer, diagnostics) = Load("sprachkurse", "elternkurs", SampleRecords.Course);

        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(offer);
        Assert.Equal("elternkurs", offer.Id);
        Assert.Equal("Deutschkurs am Vormittag", offer.Name.In("de"));
        Assert.Equal("Morning German course", offer.Name.In("en"));
        Assert.Equal("Witten", offer.Town);
        Assert.Equal(new PostalAddress("Hauptstraße 1", "58452", null), offer.Address);
        Assert.Equal(["eltern"], offer.TargetGroups);
        Assert.Equal(new DateOnly(2026, 10, 1), offer.Reviewed);
        Assert.True(offer.Published);
        var slot = Assert.Single(offer.Times);
        Assert.Equal(["mo", "mi"], slot.Days);
        Assert.Equal(new TimeOnly(9, 0), slot.From);
        var course = Assert.IsType<LanguageCourse>(offer.Details);
        Assert.Equal("elternintegrationskurs", course.CourseType);
        Assert.Equal(("A1", "A2"), (course.LevelFrom, course.LevelTo));
        Assert.Equal(new DateOnly(2027, 1, 11), course.Start);
        Assert.True(course.Childcare);
        Assert.Equal("frei", course.Places);
    }

    [Theory]
    [InlineData(null, "vor-ort", true, false)]
    [InlineData("vor-ort", "vor-ort", true, false)]
    [InlineData("online", "online", false, true)]
    [InlineData("beides", "beides", true, true)]
    public void Delivery_IsOnSiteWhenTheRecordDoesNotSay(string? written, string delivery, bool onSite, bool online)
    {
        var yaml = written is null ? SampleRecords.Organisation : SampleRecords.With(SampleRecords.Organisation, "durchfuehrung", $"durchfuehrung: {written}");

        var (offer, diagnostics) = Load("organisationen", "verein", yaml);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(delivery, offer!.Delivery);
        Assert.Equal((onSite, online, written == "online"), (offer.OnSite, offer.Online, offer.OnlineOnly));
    }

    [Fact]
    public void InterpreterService_LoadsLanguagePairsModesAndBooking()
    {
        var (offer, diagnostics) = Load("dolmetscher", "dolmetschdienst", SampleRecords.Interpreter);

        Assert.Empty(diagnostics.Sorted());
        var service = Assert.IsType<InterpreterService>(offer!.Details);
        Assert.True(offer.DistrictWide);
        Assert.Equal(["ar", "fa"], service.LanguagePairs);
        Assert.Equal(["vor-ort", "telefon-video"], service.Modes);
        Assert.Equal("sprach-und-integrationsmittlung", service.Qualification);
        Assert.Equal("Bitte eine Woche vorher anfragen.", service.Booking!.In("de"));
        Assert.Null(service.Person);
    }

    [Fact]
    public void CareService_LoadsServiceTypeStaffLanguagesAndAreaServed()
    {
        var (offer, diagnostics) = Load("pflege", "pflegedienst", SampleRecords.Care);

        Assert.Empty(diagnostics.Sorted());
        var care = Assert.IsType<CareService>(offer!.Details);
        Assert.Equal("ambulant", care.ServiceType);
        Assert.Equal(["de", "tr"], care.StaffLanguages);
        Assert.Equal(["halal"], care.CulturalFeatures);
        Assert.Equal(["Gevelsberg", "Schwelm"], care.AreaServed);
    }

    [Fact]
    public void MigrantOrganisation_LoadsFocusCommunitiesAndMeetingPlace()
    {
        var (offer, diagnostics) = Load("organisationen", "kulturverein", SampleRecords.Organisation);

        Assert.Empty(diagnostics.Sorted());
        var organisation = Assert.IsType<MigrantOrganisation>(offer!.Details);
        Assert.Equal(["kultur"], organisation.Focus);
        Assert.Equal("Vereinsheim", organisation.MeetingPlace!.In("de"));
        Assert.True(organisation.NewMembersWelcome);
        Assert.Equal("Örnek Kültür Derneği", offer.Name.In("tr"));
    }

    [Fact]
    public void UnknownField_IsReportedWithItsPositionAndASuggestion()
    {
        var yaml = SampleRecords.With(SampleRecords.Course, "kinderbetreuung", "kinderbetruung: ja");
        var (_, diagnostics) = Load("sprachkurse", "elternkurs", yaml);

        var problem = Assert.Single(diagnostics.Sorted(), d => d.Code == "AV201");
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("kinderbetruung")) + 1, problem.Position.Line);
        Assert.Equal(1, problem.Position.Column);
        Assert.Contains("\"kinderbetreuung\"", problem.Message);
    }

    [Fact]
    public void MissingGermanName_IsAnErrorNamingTheField()
    {
        var yaml = SampleRecords.With(SampleRecords.Course, "name", "name:\n  en: Only English");
        var (offer, diagnostics) = Load("sprachkurse", "elternkurs", yaml);

        Assert.Null(offer);
        var problem = Assert.Single(diagnostics.Sorted(), d => d.Code == "AV208");
        Assert.Contains("\"name\"", problem.Message);
        Assert.Equal("content/sprachkurse/elternkurs.yaml", problem.Position.File);
    }
}
