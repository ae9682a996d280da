using System.Diagnostics;
using System.Net.Http.Json;
using Angebotsverzeichnis.Output.FormEditor;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// The form editor as an editor runs it on their own machine: a copy of the repository's content/, decap-server
/// (Decap's local backend, from node_modules) writing into that copy, and the site built with the editor under
/// /admin/ and served on 127.0.0.1. The editor's configuration is the one the build wrote, with the port of this
/// decap-server instead of the default 8081 (so tests never meet a server someone else started).
/// </summary>
public sealed class FormEditorFixture : IDisposable
{
    private static readonly string NodeModules = Path.Combine(RepositoryPaths.Root, "node_modules");
    private readonly TemporaryDirectory _directory = new();
    private Process? _decapServer;

    public FormEditorFixture()
    {
        Repository = _directory.Combine("repository");
        Directory.CreateDirectory(Repository);
        _directory.CopyFolder(RepositoryPaths.Content, Path.Combine("repository", "content"));
        if (!Available) return;
        var result = BuildPipeline.Build(new BuildOptions
        {
            ContentDirectory = ContentDirectory,
            TemplatesDirectory = RepositoryPaths.Templates,
            TranslationsDirectory = RepositoryPaths.Translations,
            OutputDirectory = _directory.Combine("_site"),
            Today = ScratchSite.Today,
            FormEditor = FormEditorBuild.On,
            PackagesDirectory = NodeModules,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var port = FreePort();
        var configPath = Path.Combine(_directory.Combine("_site"), FormEditorFiles.Folder, "config.json");
        var config = File.ReadAllText(configPath);
        Assert.Contains(FormEditorConfig.LocalBackendUrl, config);
        File.WriteAllText(configPath, config.Replace(FormEditorConfig.LocalBackendUrl, $"http://127.0.0.1:{port}/api/v1"));
        _decapServer = StartDecapServer(port);
        Server = new StaticSiteServer(_directory.Combine("_site"));
    }

    /// <summary>Whether node and the npm packages are there (`npm ci`); the tests skip or, in CI, fail without them.</summary>
    public static bool Available => NodeExecutable is not null && File.Exists(DecapServerScript) && FormEditorSources.Find(RepositoryPaths.Templates, NodeModules) is not null;

    public static void Require() =>
        BrowserRequirement.Require(Available, "node with the npm packages decap-cms, decap-server and yaml", "install Node.js and run npm ci (or .ci/run)");

    /// <summary>The copy of the repository decap-server writes into (it holds content/).</summary>
    public string Repository { get; }

    public string ContentDirectory => Path.Combine(Repository, "content");

    public StaticSiteServer? Server { get; }

    private static string DecapServerScript => Path.Combine(NodeModules, "decap-server", "dist", "index.js");

    private static string? NodeExecutable =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "node"))
            .FirstOrDefault(File.Exists);

    private Process StartDecapServer(int port)
    {
        var start = new ProcessStartInfo(NodeExecutable!, [DecapServerScript])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository,
        };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["GIT_REPO_DIRECTORY"] = Repository;
        start.Environment["MODE"] = "fs";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/v1", new { action = "info" }).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode) return process;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (process.HasExited) break;
            Thread.Sleep(200);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("decap-server did not answer within 30 seconds.");
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (_decapServer is { HasExited: false }) _decapServer.Kill(entireProcessTree: true);
        _decapServer?.Dispose();
        Server?.Dispose();
        _directory.Dispose();
    }
}
