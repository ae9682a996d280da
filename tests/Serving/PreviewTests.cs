using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Serving;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Serving;

/// <summary>The editors' preview: a saved change reaches the open page; a broken save is shown and the last good site stays.</summary>
public class PreviewTests : IAsyncLifetime
{
    private const string Record = "sprachkurse/awo-online-lerntreff-deutsch.yaml";
    private const string Page = "/de/sprachkurse/awo-online-lerntreff-deutsch.html";
    private readonly TemporaryDirectory _directory = new();
    private readonly StringWriter _terminal = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(2) };
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly int _port = FreePort();
    private Task _session = Task.CompletedTask;

    private string Content => _directory.Combine("content");

    public async Task InitializeAsync()
    {
        _directory.CopyFolder(RepositoryPaths.Content, "content");
        var options = SampleBuild.Into(_directory.Combine("preview")) with { ContentDirectory = Content };
        _session = Task.Run(() => new PreviewSession(options, MessageLanguage.English, TextWriter.Synchronized(_terminal)).RunAsync(_port, _stop.Token));
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!_terminal.ToString().Contains("Preview at", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the preview did not start: " + _terminal);
            Assert.False(_session.IsFaulted, _session.Exception?.ToString());
            await Task.Delay(100);
        }
        _ = ListenAsync();
        Assert.Equal("hello", await NextEventAsync());
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _session;
        _http.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task ASavedChange_ReloadsTheOpenPage_WithTheChange()
    {
        var page = await GetAsync(Page);
        Assert.Contains("/__vorschau/live.js", page);
        Assert.Contains("Online-Lerntreff Deutsch am Abend", page);

        Edit("Online-Lerntreff Deutsch am Abend", "Online-Lerntreff Deutsch am Mittwochabend");

        Assert.Equal("reload", await NextEventAsync());
        Assert.Contains("Online-Lerntreff Deutsch am Mittwochabend", await GetAsync(Page));
    }

    [Fact]
    public async Task ABrokenSave_IsShownOnThePageAndInTheTerminal_AndTheLastGoodSiteStays()
    {
        Edit("ort: Gevelsberg", "ort: Gevelsbreg");

        var problems = await NextEventAsync();
        Assert.StartsWith("problems", problems);
        Assert.Contains("awo-online-lerntreff-deutsch.yaml:", problems);
        Assert.Contains("Gevelsberg", problems);
        Assert.Contains("error AV302", _terminal.ToString());
        Assert.Contains("Online-Lerntreff Deutsch am Abend", await GetAsync(Page));

        Edit("ort: Gevelsbreg", "ort: Gevelsberg");
        Assert.Equal("reload", await NextEventAsync());
    }

    [Fact]
    public async Task ThePreviewServesNothingOutsideTheSite_AndWithholdsTheOfflineWorker()
    {
        var worker = await _http.GetAsync($"http://127.0.0.1:{_port}/sw.js");
        Assert.Equal(HttpStatusCode.NotFound, worker.StatusCode);

        var escape = await _http.GetAsync($"http://127.0.0.1:{_port}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
        Assert.NotEqual(HttpStatusCode.OK, escape.StatusCode);
        Assert.DoesNotContain("root:", await escape.Content.ReadAsStringAsync());
    }

    private void Edit(string find, string replace)
    {
        var path = Path.Combine(Content, Record);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    private async Task<string> GetAsync(string path) => await _http.GetStringAsync($"http://127.0.0.1:{_port}{path}");

    private async Task ListenAsync()
    {
        using var stream = await _http.GetStreamAsync($"http://127.0.0.1:{_port}/__vorschau/events?path={Uri.EscapeDataString(Page)}");
        using var reader = new StreamReader(stream);
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                await _events.Writer.WriteAsync(name == "problems" ? "problems " + line[6..] : name);
                name = null;
            }
        }
    }

    private async Task<string> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return await _events.Reader.ReadAsync(timeout.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
