namespace Angebotsverzeichnis;

/// <summary>Where a build reads from and writes to, and the dates it judges content by.</summary>
public sealed record BuildOptions
{
    public string ContentDirectory { get; init; } = "content";
    public string TemplatesDirectory { get; init; } = "templates";
    public string TranslationsDirectory { get; init; } = "translations";
    public string OutputDirectory { get; init; } = "_site";
    /// <summary>The day against which review and course dates are judged; today by default.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);
    /// <summary>The date shown as the data's date; the newest review date by default, so output does not depend on the clock.</summary>
    public DateOnly? DataDate { get; init; }
    /// <summary>Whether to print the leaflets as PDF files; the command line asks for Auto (when Chromium is installed).</summary>
    public LeafletPdfs LeafletPdfs { get; init; } = LeafletPdfs.Off;
    /// <summary>Whether to write the form editor under /admin/; the command line asks for Auto (when `npm ci` has installed it).</summary>
    public FormEditorBuild FormEditor { get; init; } = FormEditorBuild.Off;
    /// <summary>Where npm installed the form editor's packages.</summary>
    public string PackagesDirectory { get; init; } = "node_modules";
    /// <summary>For a build sharded by language: the languages to write; null writes all.</summary>
    public IReadOnlySet<string>? Languages { get; init; }
    /// <summary>Whether a sharded build also writes the files at the root shared by all languages (exactly one shard does).</summary>
    public bool IncludeSharedFiles { get; init; }
    /// <summary>
    /// A build that publishes refuses an incomplete Impressum or accessibility statement; a preview build (build
    /// --preview, serve, validate) only warns, so that editors can work before the legal texts are final.
    /// </summary>
    public bool Publishing { get; init; }
}
