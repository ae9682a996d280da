using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 (a secure context, so service workers run), the way a static host
/// does: index.html for folders (a folder without its slash is redirected), the site's /404.html with status 404
/// for anything missing, and the Content-Type each file type needs. Every request is recorded, so a test can prove
/// that a page came from the browser's offline cache and not from here.
/// </summary>
/// <remarks>
/// Plain blocking sockets on threads of its own: while other tests keep the thread pool busy (builds run in
/// parallel), the browser is still answered at once.
/// </remarks>
public sealed class StaticSiteServer : IDisposable
{
    private readonly string _root;
    private readonly TcpListener _listener;
    private readonly Thread _acceptor;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<Socket, bool> _connections = new();
    private volatile bool _stopping;

    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _acceptor = new Thread(Accept) { IsBackground = true, Name = "static site server" };
        _acceptor.Start();
    }

    /// <summary>http://127.0.0.1:port/ (with the trailing slash).</summary>
    public string BaseUrl { get; }

    /// <summary>Every path asked for so far (with query), in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public string Url(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    private void Accept()
    {
        while (!_stopping)
        {
            Socket socket;
            try { socket = _listener.AcceptSocket(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException) { return; }
            _connections[socket] = true;
            new Thread(() => Serve(socket)) { IsBackground = true, Name = "static site connection" }.Start();
        }
    }

    /// <summary>Answers the requests of one connection (HTTP/1.1 keep-alive) until the browser closes it.</summary>
    private void Serve(Socket socket)
    {
        try
        {
            socket.ReceiveTimeout = 60_000;
            using var stream = new NetworkStream(socket, ownsSocket: true);
            using var input = new BufferedStream(stream, 8192);
            var buffer = new List<byte>(2048);
            while (!_stopping)
            {
                var head = ReadHead(input, buffer);
                if (head is null) return;
                var lines = head.Split("\r\n");
                var requestLine = lines[0].Split(' ');
                if (requestLine.Length != 3) return;
                var (method, target) = (requestLine[0], requestLine[1]);
                var keepAlive = !lines.Skip(1).Any(l => l.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase)
                    && l.Contains("close", StringComparison.OrdinalIgnoreCase));
                _requests.Enqueue(target);
                Respond(stream, method, target, keepAlive);
                if (!keepAlive) return;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The browser went away or the server stops.
        }
        finally
        {
            _connections.TryRemove(socket, out _);
        }
    }

    /// <summary>The request line and headers (up to the empty line), or null when the connection ends.</summary>
    private static string? ReadHead(Stream stream, List<byte> buffer)
    {
        buffer.Clear();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return null;
            buffer.Add((byte)b);
            var n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
            {
                return Encoding.ASCII.GetString(buffer.ToArray(), 0, n - 4);
            }
            if (n > 64 * 1024) return null;
        }
    }

    private void Respond(Stream stream, string method, string target, bool keepAlive)
    {
        if (method is not ("GET" or "HEAD"))
        {
            // A body may follow that is not read: end the connection after the answer.
            Send(stream, 405, "Method Not Allowed", Angebotsverzeichnis.Serving.ContentTypes.Of(".txt"), "Method not allowed"u8.ToArray(), method, keepAlive: false);
            throw new IOException("request with a method the site does not support");
        }
        var pathAndQuery = target.Split('?', 2);
        var urlPath = Uri.UnescapeDataString(pathAndQuery[0]);
        var query = pathAndQuery.Length > 1 ? "?" + pathAndQuery[1] : "";
        var (file, status) = Resolve(urlPath);
        if (status == 301)
        {
            Send(stream, 301, "Moved Permanently", Angebotsverzeichnis.Serving.ContentTypes.Of(".txt"), [], method, keepAlive, pathAndQuery[0] + "/" + query);
            return;
        }
        if (file is null)
        {
            Send(stream, 404, "Not Found", Angebotsverzeichnis.Serving.ContentTypes.Of(".txt"), "Not found"u8.ToArray(), method, keepAlive);
            return;
        }
        var type = Angebotsverzeichnis.Serving.ContentTypes.Of(file);
        Send(stream, status, status == 200 ? "OK" : "Not Found", type, File.ReadAllBytes(file), method, keepAlive);
    }

    private static void Send(Stream stream, int status, string reason, string type, byte[] body, string method, bool keepAlive, string? location = null)
    {
        var head = new StringBuilder()
            .Append($"HTTP/1.1 {status} {reason}\r\n")
            .Append($"Content-Type: {type}\r\n")
            .Append($"Content-Length: {body.Length}\r\n")
            .Append("Cache-Control: no-cache\r\n")
            .Append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
        if (location is not null) head.Append($"Location: {location}\r\n");
        head.Append("\r\n");
        stream.Write(Encoding.ASCII.GetBytes(head.ToString()));
        if (method != "HEAD") stream.Write(body);
        stream.Flush();
    }

    /// <summary>
    /// The file to send and the status: 200 for a file or a folder's index.html, 301 for a folder without its
    /// slash, 404 with /404.html otherwise (nothing outside the site's folder is ever sent).
    /// </summary>
    private (string? File, int Status) Resolve(string urlPath)
    {
        var candidate = Path.GetFullPath(Path.Combine(_root, urlPath.TrimStart('/')));
        var inside = candidate == _root || candidate.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside)
        {
            if (Directory.Exists(candidate))
            {
                if (!urlPath.EndsWith('/')) return (null, 301);
                candidate = Path.Combine(candidate, "index.html");
            }
            if (File.Exists(candidate)) return (candidate, 200);
        }
        var notFound = Path.Combine(_root, "404.html");
        return (File.Exists(notFound) ? notFound : null, 404);
    }

    public void Dispose()
    {
        _stopping = true;
        _listener.Stop();
        foreach (var socket in _connections.Keys)
        {
            try { socket.Shutdown(SocketShutdown.Both); } catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
            socket.Close();
        }
        _acceptor.Join(TimeSpan.FromSeconds(5));
    }
}
