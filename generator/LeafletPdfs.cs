namespace Angebotsverzeichnis;

public enum LeafletPdfs
{
    Off,
    /// <summary>Print them when Chromium is installed.</summary>
    Auto,
    /// <summary>Print them, and fail the build without Chromium.</summary>
    On,
}
