using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 (a secure context, so service workers run), the way any static web
/// server would: index.html for folders, the site's /404.html with status 404 for anything missing, and the
/// Content-Type each file type needs. Every request is recorded, so a test can prove that a page came from the
/// browser's offline cache and not from here.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".webmanifest"] = "application/manifest+json",
        [".pdf"] = "application/pdf",
    };

    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly ConcurrentQueue<string> _requests = new();

    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        (_listener, BaseUrl) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:port/ (with the trailing slash).</summary>
    public string BaseUrl { get; }

    /// <summary>Every path asked for so far (with query), in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public string Url(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    private static (HttpListener, string) Listen()
    {
        // HttpListener cannot choose a free port itself: ask the system for one, then take it (retrying if another
        // process was quicker).
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var prefix = $"http://127.0.0.1:{port}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return (listener, prefix);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            _requests.Enqueue(request.RawUrl ?? "/");
            var urlPath = request.Url!.AbsolutePath;
            if (!urlPath.EndsWith('/') && Directory.Exists(Path.Combine(_root, Uri.UnescapeDataString(urlPath).TrimStart('/'))))
            {
                // A folder without its slash: send the browser to the folder, as static hosts do.
                response.StatusCode = 301;
                response.RedirectLocation = urlPath + "/" + request.Url.Query;
                Write(response, [], request.HttpMethod);
                return;
            }
            var (file, status) = Resolve(urlPath);
            response.StatusCode = status;
            response.Headers["Cache-Control"] = "no-cache";
            if (file is null)
            {
                response.ContentType = ContentTypes[".txt"];
                Write(response, "Not found"u8.ToArray(), request.HttpMethod);
                return;
            }
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            Write(response, File.ReadAllBytes(file), request.HttpMethod);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away; nothing to answer.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { }
        }
    }

    private static void Write(HttpListenerResponse response, byte[] body, string method)
    {
        response.ContentLength64 = body.Length;
        if (method != "HEAD") response.OutputStream.Write(body);
    }

    /// <summary>The file to send and the status: 200 for a file or a folder's index.html, 404 with /404.html otherwise.</summary>
    private (string? File, int Status) Resolve(string urlPath)
    {
        var path = Uri.UnescapeDataString(urlPath);
        var candidate = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        var inside = candidate == _root || candidate.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside)
        {
            if (Directory.Exists(candidate)) candidate = Path.Combine(candidate, "index.html");
            if (File.Exists(candidate)) return (candidate, 200);
        }
        var notFound = Path.Combine(_root, "404.html");
        return (File.Exists(notFound) ? notFound : null, 404);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
