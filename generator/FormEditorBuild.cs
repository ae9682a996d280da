namespace Angebotsverzeichnis;

/// <summary>Whether the build writes the form editor under /admin/ (it needs the npm packages that `npm ci` installs).</summary>
public enum FormEditorBuild
{
    Off,
    /// <summary>Write it when the packages are installed.</summary>
    Auto,
    /// <summary>Write it, and fail the build without the packages.</summary>
    On,
}
