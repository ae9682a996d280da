using System.Net;
using System.Net.Sockets;
using System.Text;
using Angebotsverzeichnis.Serving;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Serving;

/// <summary>
/// The preview server (serve) under hostile requests, started on 127.0.0.1 by the test: path traversal in every
/// encoding, a null byte, over-long URLs and headers, many connections at once and clients that never finish their
/// request. It never serves a file outside its folder, and keeps answering. Every loop is bounded.
/// </summary>
public sealed class HostileRequestTests : IDisposable
{
    private const string Secret = "GEHEIM-7f3a";
    private readonly TemporaryDirectory _directory = new();
    private readonly PreviewServer _server;
    private readonly int _port;

    public HostileRequestTests()
    {
        // The site folder, and beside it a file that must never be served.
        var site = _directory.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "de"));
        File.WriteAllText(Path.Combine(site, "de", "index.html"), "<!doctype html><html><body>Startseite</body></html>");
        File.WriteAllText(Path.Combine(site, "404.html"), "<!doctype html><html><body>Nicht gefunden</body></html>");
        File.WriteAllText(_directory.Combine("geheim.txt"), Secret);
        File.WriteAllText(_directory.Combine("site-geheim.txt"), Secret);
        _port = FreePort();
        _server = new PreviewServer(site, "/", new LiveReload());
        _server.Start(_port);
    }

    public void Dispose()
    {
        _server.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Traversals() =>
    [
        "/../geheim.txt", "/%2e%2e/geheim.txt", "/%2E%2E/geheim.txt", "/..%2fgeheim.txt", "/..%2Fgeheim.txt", "/%2e%2e%2fgeheim.txt",
        "/de/../../geheim.txt", "/de/%2e%2e/%2e%2e/geheim.txt", "/..%5cgeheim.txt", "/%252e%252e/geheim.txt", "/%c0%ae%c0%ae/geheim.txt",
        "/.%2e/geheim.txt", "//geheim.txt", "/%2f..%2fgeheim.txt", "/de/..%00/geheim.txt", "/geheim.txt%00.html", "/../site-geheim.txt",
        "/%2e%2e/site-geheim.txt", "/..;/geheim.txt", "/" + string.Concat(Enumerable.Repeat("..%2f", 30)) + "etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    ];

    [Theory]
    [MemberData(nameof(Traversals))]
    public async Task APathOutOfTheFolder_InAnyEncoding_IsNeverServed(string target)
    {
        var response = await RawAsync($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Assert.True(response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal), $"{target}: no answer within ten seconds");
        Assert.DoesNotContain(Secret, response);
        Assert.DoesNotContain("root:", response);
        Assert.False(response.StartsWith("HTTP/1.1 200", StringComparison.Ordinal) && !response.Contains("Startseite", StringComparison.Ordinal) && !response.Contains("Nicht gefunden", StringComparison.Ordinal),
            $"{target}: 200 with something else than the site's own pages:\n{response[..Math.Min(300, response.Length)]}");
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task OverLongUrlsAndHeaders_GetAnAnswerOrAClosedConnection_AndTheServerGoesOn()
    {
        var longPath = "/" + new string('a', 100_000);
        var first = await RawAsync($"GET {longPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Assert.DoesNotContain(Secret, first);
        var longHeader = await RawAsync($"GET /de/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lang: {new string('b', 200_000)}\r\nConnection: close\r\n\r\n");
        Assert.DoesNotContain(Secret, longHeader);
        var manyHeaders = new StringBuilder("GET /de/ HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (var i = 0; i < 2_000; i++) manyHeaders.Append($"X-H{i}: {i}\r\n");
        await RawAsync(manyHeaders.Append("Connection: close\r\n\r\n").ToString());
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task ManyConnectionsAtOnce_AreAllAnswered()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var requests = Enumerable.Range(0, 200).Select(_ => http.GetAsync($"http://127.0.0.1:{_port}/de/")).ToList();
        var responses = await Task.WhenAll(requests);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task ClientsThatNeverFinishTheirRequest_DoNotStopOthersBeingAnswered()
    {
        var slow = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 50; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _port);
                var partial = Encoding.ASCII.GetBytes("GET /de/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
                await client.GetStream().WriteAsync(partial);
                slow.Add(client);
            }
            await AssertStillAnswersAsync();
            // A byte now and then from each, as a slow client sends, and still the server answers.
            foreach (var client in slow) await client.GetStream().WriteAsync("x"u8.ToArray());
            await AssertStillAnswersAsync();
        }
        finally
        {
            foreach (var client in slow) client.Dispose();
        }
    }

    [Fact]
    public async Task GarbageInsteadOfARequest_IsAnsweredOrClosed_AndTheServerGoesOn()
    {
        foreach (var garbage in new[] { "\0\0\0\0", "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "BREW /de/ HTTP/1.1\r\nHost: x\r\n\r\n", "GET /de/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n", "\u00ff\u00fe GET" })
        {
            await RawAsync(garbage);
        }
        await AssertStillAnswersAsync();
    }

    private async Task AssertStillAnswersAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync($"http://127.0.0.1:{_port}/de/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Startseite", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends bytes as they are (no client library that would clean the path first) and reads the answer for at most ten seconds.</summary>
    private async Task<string> RawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        using var stream = client.GetStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
            var answer = new MemoryStream();
            var buffer = new byte[8192];
            while (answer.Length < 1_000_000)
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0) break;
                answer.Write(buffer, 0, read);
            }
            return Encoding.UTF8.GetString(answer.ToArray());
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // The server closed or reset the connection, or said nothing more: no file was served either way.
            return "";
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
