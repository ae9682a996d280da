using System.Text.Json;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;
using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// The form editor driven in Chromium as an editor uses it, against decap-server on a copy of content/: a new
/// language course with a German name and a Turkish translation, and a changed phone number in an existing record.
/// Afterwards the files on disk are read: valid, exactly the values typed, and nothing else in them changed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormEditorTests(BrowserSiteFixture browser, FormEditorFixture editor) : IClassFixture<FormEditorFixture>
{
    private const string EditedRecord = "organisationen/islamische-gemeinde-gevelsberg.yaml";
    private const string OldPhone = "telefon: \"+49 2332 0000-530\"";
    private const string NewPhone = "+49 2332 0000-539";

    // A comment above the field and one beside it, as an editor may write them by hand: the form must keep both.
    private const string CommentedPhone = "# Nummer des Gemeindebüros, mit dem Vorstand abgestimmt\n" + OldPhone + " # montags nicht besetzt";

    [SkippableFact]
    public async Task Form_CreatesACourse_AndChangesAPhoneNumber_ChangingNothingElse()
    {
        BrowserRequirement.RequireChromium();
        FormEditorFixture.Require();
        var editedPath = Path.Combine(editor.ContentDirectory, EditedRecord);
        var original = File.ReadAllText(editedPath);
        Assert.Contains(OldPhone, original);
        var commented = original.Replace(OldPhone, CommentedPhone);
        File.WriteAllText(editedPath, commented);
        var before = Snapshot(editor.ContentDirectory);

        var context = await browser.NewContextAsync();
        var foreign = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost") await route.ContinueAsync();
            else
            {
                lock (foreign) foreign.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(editor.Server!.Url("/admin/"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync(new() { Timeout = Loading });
            await page.GetByText("Sprachkurse").First.WaitForAsync(new() { Timeout = Loading });

            await page.GotoAsync(editor.Server.Url("/admin/#/collections/sprachkurse/new"));
            var form = new DecapForm(page);
            await form.FillAsync("Deutschkurs für Mütter am Abend", "name", "de");
            await form.FillAsync("Akşamları annelere yönelik Almanca kursu", "name", "tr");
            await form.FillAsync("Ein Kurs für Mütter, während die Kinder betreut werden.\n\nAnmeldung bei der VHS.", "beschreibung", "de");
            await form.ChooseAsync("Witten", "ort");
            await form.FillAsync("Ruhrstraße 1", "adresse", "strasse");
            await form.FillAsync("58452", "adresse", "plz");
            await form.FillAsync("+49 2302 555010", "telefon");
            await form.ChooseAsync("Deutsch (de)", "sprachen");
            await form.ChooseAsync("Türkisch (tr)", "sprachen");
            await form.ChooseAsync("Eltern", "zielgruppen");
            await form.ChooseAsync("Bildung und Sprachförderung", "handlungsfeld");
            await form.FillAsync("2026-11-20", "geprueft_am");
            await form.ChooseAsync("ja", "veroeffentlicht");
            await form.ChooseAsync("Allgemeiner Integrationskurs", "kursart");
            await form.FillAsync("2027-02-01", "beginn");
            await form.PublishAsync();

            var created = Path.Combine(editor.ContentDirectory, "sprachkurse", "deutschkurs-fuer-muetter-am-abend-witten.yaml");
            await WaitForFileAsync(created, text => text.Contains("kursart"));
            Assert.Equal(
                $$"""
                # yaml-language-server: $schema=../../schemas/sprachkurs.schema.json
                name:
                  de: Deutschkurs für Mütter am Abend
                  tr: Akşamları annelere yönelik Almanca kursu
                  tr_quelle: {{SourceFingerprint.Of("Deutschkurs für Mütter am Abend")}}
                beschreibung:
                  de: |
                    Ein Kurs für Mütter, während die Kinder betreut werden.

                    Anmeldung bei der VHS.
                ort: Witten
                adresse:
                  strasse: Ruhrstraße 1
                  plz: "58452"
                telefon: "+49 2302 555010"
                sprachen: [de, tr]
                zielgruppen: [eltern]
                handlungsfeld: bildung-sprache
                geprueft_am: 2026-11-20
                veroeffentlicht: ja

                kursart: integrationskurs
                beginn: 2027-02-01

                """.ReplaceLineEndings("\n"),
                File.ReadAllText(created));

            // A tab of its own, so that no field of the course's form is still on the page.
            await page.CloseAsync();
            page = await context.NewPageAsync();
            form = new DecapForm(page);
            await page.GotoAsync(editor.Server.Url("/admin/#/collections/organisationen/entries/islamische-gemeinde-gevelsberg"));
            await form.SignInIfAskedAsync();
            await form.WaitForValueAsync("+49 2332 0000-530", "telefon");
            await form.FillAsync(NewPhone, "telefon");
            await form.PublishAsync();
            var expectedEdit = commented.Replace("+49 2332 0000-530", NewPhone);
            await WaitForFileAsync(editedPath, text => text.Contains(NewPhone));
            var edited = File.ReadAllText(editedPath);
            Assert.Equal(expectedEdit, edited);
            Assert.Contains("intern:\n  ansprechperson:", edited);

            var after = Snapshot(editor.ContentDirectory);
            var changed = after.Keys.Union(before.Keys).Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b).Order().ToList();
            Assert.Equal(["organisationen/islamische-gemeinde-gevelsberg.yaml", "sprachkurse/deutschkurs-fuer-muetter-am-abend-witten.yaml"], changed);

            var diagnostics = new DiagnosticList();
            BuildPipeline.Check(new BuildOptions
            {
                ContentDirectory = editor.ContentDirectory,
                TemplatesDirectory = RepositoryPaths.Templates,
                TranslationsDirectory = RepositoryPaths.Translations,
                Today = ScratchSite.Today,
            }, diagnostics);
            var problems = diagnostics.Sorted().Where(d => d.Severity == Severity.Error || d.Position.File.Contains("deutschkurs-fuer-muetter", StringComparison.Ordinal)).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(foreign.Count == 0, "The form editor asked other servers: " + string.Join(", ", foreign.Distinct()));
        }
        finally
        {
            File.WriteAllText(editedPath, original);
            await context.CloseAsync();
        }
    }

    /// <summary>Opening and saving a record without a change must give back the file as it was, for every sample record.</summary>
    [SkippableFact]
    public async Task SavingWithoutAChange_GivesBackEverySampleRecordByteForByte()
    {
        BrowserRequirement.RequireChromium();
        FormEditorFixture.Require();
        var records = ContentLoader.FindRecordFiles(RepositoryPaths.Content, new DiagnosticList())
            .Select(f => new { path = f.DisplayPath, collection = f.Kind.Folder, text = File.ReadAllText(f.FullPath) })
            .ToList();
        Assert.True(records.Count > 40);
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(editor.Server!.Url("/admin/config.json"));
            var changed = await page.EvaluateAsync<string[]>(
                """
                async records => {
                  const { readRecord, writeRecord } = await import('/admin/record-text.js');
                  const config = await (await fetch('/admin/config.json')).json();
                  return records.filter(record => {
                    const collection = config.collections.find(c => c.name === record.collection);
                    // As Decap hands it back: a copy of the data, through its immutable store.
                    const data = structuredClone(readRecord(record.text));
                    return writeRecord(data, collection.fields, collection.record_modeline) !== record.text;
                  }).map(record => record.path);
                }
                """, records);
            Assert.Empty(changed);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static async Task WaitForFileAsync(string path, Func<string, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            if (File.Exists(path) && done(File.ReadAllText(path))) return;
            await Task.Delay(100);
        }
        Assert.Fail($"{path} was not written within ten seconds.");
    }

    /// <summary>
    /// Fields of Decap's form found as an editor finds them, by their place in the record: each label's "for" names
    /// its control ("telefon-field-29"), and a nested field is the first of its name after its block's label.
    /// </summary>
    /// <summary>Decap's 5 MB script takes long to start while other tests keep both cores busy.</summary>
    private const float Loading = 60_000;

    private sealed class DecapForm(IPage page)
    {
        /// <summary>Decap keeps the local sign-in in the browser; should it ask again, the button is pressed.</summary>
        public async Task SignInIfAskedAsync()
        {
            var login = page.GetByRole(AriaRole.Button, new() { Name = "Login" });
            var field = page.Locator("label[for^=\"telefon-field-\"]");
            await login.Or(field).First.WaitForAsync(new() { Timeout = Loading });
            if (await login.IsVisibleAsync()) await login.ClickAsync();
        }

        private async Task<string> ControlAsync(string[] path)
        {
            await page.Locator($"label[for^=\"{path[0]}-field-\"]").First.WaitForAsync(new() { Timeout = Loading });
            var id = await page.EvaluateAsync<string?>(
                """
                path => {
                  const labels = [...document.querySelectorAll('label[for]')];
                  let i = 0, found = null;
                  for (const part of path) {
                    found = null;
                    for (; i < labels.length; i++) {
                      if (labels[i].getAttribute('for').startsWith(part + '-field-')) { found = labels[i].getAttribute('for'); i++; break; }
                    }
                    if (found === null) return null;
                  }
                  return found;
                }
                """, path);
            Assert.True(id is not null, $"no field {string.Join(".", path)} in the form");
            return "#" + id;
        }

        public async Task FillAsync(string value, params string[] path) => await page.FillAsync(await ControlAsync(path), value);

        public async Task WaitForValueAsync(string value, params string[] path)
        {
            var control = await ControlAsync(path);
            await page.WaitForFunctionAsync("([selector, value]) => document.querySelector(selector)?.value === value", new[] { control, value }, new() { Timeout = Loading });
        }

        /// <summary>Picks an option of a select field by typing its label, as with the keyboard.</summary>
        public async Task ChooseAsync(string label, params string[] path)
        {
            await page.FocusAsync(await ControlAsync(path));
            await page.Keyboard.TypeAsync(label);
            await page.GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).WaitForAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        public async Task PublishAsync()
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();
            await page.GetByText("Jetzt veröffentlichen").ClickAsync();
        }
    }
}
