using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Loading;

/// <summary>
/// Turns the fields of one record file into an <see cref="Offer"/>. Checks shape and types only;
/// whether values are allowed (lists, formats, references) is the validator's job.
/// </summary>
public static class OfferReader
{
    public static Offer? Read(FieldReader fields, string id, OfferKind kind, ReadContext context)
    {
        CheckIdField(fields, id, context);
        var name = fields.Localized("name", required: true);
        var description = fields.Localized("beschreibung", required: true);
        var town = fields.Text("ort", required: true);
        var districtWide = fields.YesNo("kreisweit") ?? false;
        var delivery = fields.Text("durchfuehrung") ?? ClosedLists.OnSite;
        var address = ReadAddress(fields.Block("adresse", required: true));
        var coordinates = ReadCoordinates(fields.Block("koordinaten"));
        var phone = fields.Text("telefon");
        var email = fields.Text("email");
        var website = fields.Text("website");
        var provider = ReadProvider(fields.Block("traeger"));
        var languages = fields.Words("sprachen", required: true);
        var targetGroups = fields.Words("zielgruppen", required: true);
        var fieldOfAction = fields.Text("handlungsfeld", required: true);
        var costs = fields.Localized("kosten");
        var accessibility = fields.Words("barrierefreiheit");
        var times = ReadTimes(fields.Blocks("zeiten"));
        var timesNote = fields.Localized("zeiten_hinweis");
        var reviewed = fields.Date("geprueft_am", required: true);
        var published = fields.YesNo("veroeffentlicht", required: true);
        ReadInternalBlock(fields.Block("intern"));

        var details = DeclaredFieldsReader.Read(fields, kind.Fields) is { } values ? kind.Create(values) : null;
        fields.Finish();

        if (name is null || description is null || town is null || address is null || fieldOfAction is null ||
            reviewed is null || published is null || details is null)
        {
            return null;
        }
        return new Offer
        {
            Id = id,
            Positions = context.Positions,
            Details = details,
            Name = name,
            Description = description,
            Town = town,
            DistrictWide = districtWide,
            Delivery = delivery,
            Address = address,
            Coordinates = coordinates,
            Phone = phone,
            Email = email,
            Website = website,
            Provider = provider,
            Languages = languages,
            TargetGroups = targetGroups,
            FieldOfAction = fieldOfAction,
            Costs = costs,
            Accessibility = accessibility,
            Times = times,
            TimesNote = timesNote,
            Reviewed = reviewed.Value,
            Published = published.Value,
        };
    }

    /// <summary>The id is the file name; a copied "id:" line that no longer matches would mislead, so it must agree.</summary>
    private static void CheckIdField(FieldReader fields, string id, ReadContext context)
    {
        var written = fields.Text("id");
        if (written is null || written == id) return;
        context.Diagnostics.Error(context.Positions.Of("id"), Diagnostics.ProblemCodes.IdDiffersFromFileName,
            $"Hier steht die Kennung \"{written}\", die Datei heißt aber \"{id}.yaml\". Die Kennung ist immer der Dateiname: löschen Sie die Zeile \"id:\" oder benennen Sie die Datei in \"{written}.yaml\" um.",
            $"This says the id is \"{written}\", but the file is called \"{id}.yaml\". The id is always the file name: delete the \"id:\" line or rename the file to \"{written}.yaml\".");
    }

    private static PostalAddress? ReadAddress(FieldReader? block)
    {
        if (block is null) return null;
        var street = block.Text("strasse", required: true);
        var postcode = block.Text("plz", required: true);
        var addition = block.Text("zusatz");
        block.Finish();
        return street is null || postcode is null ? null : new PostalAddress(street, postcode, addition);
    }

    private static Coordinates? ReadCoordinates(FieldReader? block)
    {
        if (block is null) return null;
        var latitude = block.Number("breite", required: true);
        var longitude = block.Number("laenge", required: true);
        block.Finish();
        return latitude is null || longitude is null ? null : new Coordinates(latitude.Value, longitude.Value);
    }

    private static Provider? ReadProvider(FieldReader? block)
    {
        if (block is null) return null;
        var organisation = block.Text("organisation");
        var name = block.Text("name");
        block.Finish();
        return organisation is null && name is null ? null : new Provider(organisation, name);
    }

    private static IReadOnlyList<TimeSlot> ReadTimes(IReadOnlyList<FieldReader> blocks)
    {
        var slots = new List<TimeSlot>(blocks.Count);
        foreach (var block in blocks)
        {
            var days = block.Words("tage", required: true);
            var from = block.Time("von", required: true);
            var to = block.Time("bis", required: true);
            block.Finish();
            if (from is not null && to is not null) slots.Add(new TimeSlot(days, from.Value, to.Value));
        }
        return slots;
    }

    /// <summary>Checks the shape of the internal block and keeps nothing of it.</summary>
    private static void ReadInternalBlock(FieldReader? block)
    {
        if (block is null) return;
        block.Text("notiz");
        var contact = block.Block("ansprechperson");
        if (contact is not null)
        {
            contact.Text("name");
            contact.Text("telefon");
            contact.Text("email");
            contact.Finish();
        }
        block.Finish();
    }
}
