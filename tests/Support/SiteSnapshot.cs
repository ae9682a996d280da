using System.Security.Cryptography;

namespace Angebotsverzeichnis.Tests.Support;

/// <summary>Every file of a folder with a hash of its bytes, to prove a folder did not change.</summary>
public static class SiteSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(directory, f),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
