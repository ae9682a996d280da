using System.Net;
using System.Reflection;
using System.Text;

namespace Angebotsverzeichnis.Serving;

/// <summary>
/// Serves the preview folder on 127.0.0.1 only, under the site's base path, without caching. HTML pages get the
/// live-reload script; the offline service worker is withheld, as it would show cached pages instead of the change.
/// </summary>
public sealed class PreviewServer(string siteFolder, string basePath, LiveReload liveReload) : IDisposable
{
    public const string ToolPrefix = "/__vorschau/";
    private static readonly byte[] LiveReloadScript = ReadScript();
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ToolPrefix}live.js\"></script>\n");
    private readonly HttpListener _listener = new();
    private readonly string _root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string Address { get; private set; } = "";

    public void Start(int port)
    {
        Address = $"http://127.0.0.1:{port}{basePath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            // No file name has a control character; a null byte would make the file system refuse the path.
            if (path.Any(char.IsControl))
            {
                Send(response, 400, "text/plain; charset=utf-8", "Bad request"u8.ToArray());
                return;
            }
            if (path == ToolPrefix + "events")
            {
                liveReload.Connect(response, SitePath(context.Request.QueryString["path"] ?? "/"));
                return;
            }
            if (path == ToolPrefix + "live.js")
            {
                Send(response, 200, "text/javascript; charset=utf-8", LiveReloadScript);
                return;
            }
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                Redirect(response, basePath);
                return;
            }
            ServeFile(response, path[basePath.Length..]);
        }
        catch (Exception e) when (e is PathTooLongException or ArgumentException or NotSupportedException or UriFormatException)
        {
            // A path no file can have: an answer, never a request left hanging.
            try { Send(response, 400, "text/plain; charset=utf-8", "Bad request"u8.ToArray()); }
            catch (Exception again) when (again is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException) { }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away while we answered.
        }
    }

    private void ServeFile(HttpListenerResponse response, string sitePath)
    {
        var file = Path.GetFullPath(Path.Combine(_root, sitePath));
        if (!file.StartsWith(_root, StringComparison.Ordinal) && file + Path.DirectorySeparatorChar != _root)
        {
            Send(response, 403, "text/plain; charset=utf-8", "Forbidden"u8.ToArray());
            return;
        }
        if (Directory.Exists(file))
        {
            if (!sitePath.EndsWith('/') && sitePath.Length > 0)
            {
                Redirect(response, basePath + sitePath + "/");
                return;
            }
            file = Path.Combine(file, "index.html");
        }
        var status = 200;
        // The service worker is withheld in the preview (see live-reload.js).
        if (!File.Exists(file) || Path.GetFileName(file) == "sw.js")
        {
            status = 404;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file))
            {
                Send(response, 404, "text/plain; charset=utf-8", "Not found"u8.ToArray());
                return;
            }
        }
        var bytes = ReadShared(file);
        var type = ContentTypes.Of(file);
        Send(response, status, type, type.StartsWith("text/html", StringComparison.Ordinal) ? WithLiveReload(bytes) : bytes);
    }

    /// <summary>The incremental build may be rewriting the file right now; open it so as not to stand in its way.</summary>
    private static byte[] ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static byte[] WithLiveReload(byte[] html)
    {
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        if (end < 0) return [.. html, .. ScriptTag];
        return [.. html.AsSpan(0, end), .. ScriptTag, .. html.AsSpan(end)];
    }

    /// <summary>The page a browser shows, as the site path the build knows it by ("/de/sprachkurse/abendkurs/").</summary>
    public string SitePath(string browserPath)
    {
        var path = browserPath.StartsWith(basePath, StringComparison.Ordinal) ? "/" + browserPath[basePath.Length..] : browserPath;
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 302;
        response.RedirectLocation = location;
        response.Close();
    }

    private static byte[] ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Angebotsverzeichnis.Serving.live-reload.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }
}
