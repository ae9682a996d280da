namespace Angebotsverzeichnis.Tests.Support;

/// <summary>Small, valid records of each kind to start tests from; fields can be replaced with <see cref="With"/>.</summary>
public static class SampleRecords
{
    public const string Course = """
        name:
          de: Deutschkurs am Vormittag
          en: Morning German course
        beschreibung:
          de: Ein Kurs für Eltern, während die Kinder in der Kita sind.
        ort: Witten
        adresse:
          strasse: Hauptstraße 1
          plz: "58452"
        telefon: "+49 2302 0000-1"
        email: kurs@vhs.example.org
        website: https://vhs.example.org/kurs
        sprachen: [de]
        zielgruppen: [eltern]
        handlungsfeld: bildung-sprache
        kosten:
          de: Kostenlos
        barrierefreiheit: [stufenlos]
        zeiten:
          - tage: [mo, mi]
            von: "09:00"
            bis: "11:30"
        geprueft_am: 2026-10-01
        veroeffentlicht: ja
        kursart: elternintegrationskurs
        niveau_von: A1
        niveau_bis: A2
        beginn: 2027-01-11
        ende: 2027-06-30
        kinderbetreuung: ja
        bamf_zugelassen: ja
        plaetze: frei
        """;

    public const string Interpreter = """
        name:
          de: Dolmetschdienst Gesundheit
        beschreibung:
          de: Wir begleiten Sie zum Arzt.
        ort: Schwelm
        kreisweit: ja
        adresse:
          strasse: Bahnhofstraße 2
          plz: "58332"
        email: dolmetschen@diakonie.example.org
        sprachen: [de, ar, fa]
        zielgruppen: [alle]
        handlungsfeld: gesundheit-pflege
        geprueft_am: 2026-09-01
        veroeffentlicht: ja
        sprachpaare: [ar, fa]
        einsatzarten: [vor-ort, telefon-video]
        fachgebiete: [gesundheit]
        qualifikation: sprach-und-integrationsmittlung
        buchung:
          de: Bitte eine Woche vorher anfragen.
        """;

    public const string Care = """
        name:
          de: Pflegedienst Beispiel
        beschreibung:
          de: Ambulante Pflege auf Türkisch und Deutsch.
        ort: Gevelsberg
        adresse:
          strasse: Mittelstraße 3
          plz: "58285"
        telefon: "02332 0000-3"
        sprachen: [de, tr]
        zielgruppen: [senioren]
        handlungsfeld: gesundheit-pflege
        geprueft_am: 2026-08-01
        veroeffentlicht: ja
        dienstart: ambulant
        personal_sprachen: [de, tr]
        kulturelle_merkmale: [halal]
        versorgungsgebiet: [Gevelsberg, Schwelm]
        """;

    public const string Organisation = """
        name:
          de: Kulturverein Beispiel
          tr: Örnek Kültür Derneği
        beschreibung:
          de: Wir treffen uns jeden Freitag.
          tr: Her cuma buluşuyoruz.
        ort: Hattingen
        adresse:
          strasse: Am Markt 4
          plz: "45525"
        sprachen: [de, tr]
        zielgruppen: [alle]
        handlungsfeld: teilhabe-sport-kultur
        geprueft_am: 2026-07-01
        veroeffentlicht: ja
        schwerpunkte: [kultur]
        gemeinschaften:
          de: Türkeistämmige Familien
        treffpunkt:
          de: Vereinsheim
        neue_mitglieder: ja
        """;

    /// <summary>Replaces the line of a top-level field (and its indented continuation) by <paramref name="replacement"/>.</summary>
    public static string With(string yaml, string field, string replacement)
    {
        var lines = yaml.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        if (start < 0) return yaml.TrimEnd('\n') + "\n" + replacement + "\n";
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].StartsWith('-'))) end++;
        lines.RemoveRange(start, end - start);
        lines.Insert(start, replacement);
        return string.Join('\n', lines);
    }
}
