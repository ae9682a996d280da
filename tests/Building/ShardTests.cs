using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

/// <summary>A build split by language across machines, merged, gives the same bytes as one full build.</summary>
public class ShardTests
{
    [Fact]
    public void ThreeShardsMerged_AreByteIdenticalToAFullBuild()
    {
        using var directory = new TemporaryDirectory();
        var full = SampleBuild.Into(directory.Combine("full"));
        Assert.True(BuildPipeline.Build(full).Succeeded);

        string[][] shards = [["de", "en", "tr"], ["ar", "uk"], ["ru", "pl", "fa"]];
        var merged = directory.Combine("merged");
        for (var i = 0; i < shards.Length; i++)
        {
            var shard = full with
            {
                OutputDirectory = directory.Combine($"shard-{i}"),
                Languages = shards[i].ToHashSet(),
                IncludeSharedFiles = i == 0,
            };
            var result = BuildPipeline.Build(shard);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
            var written = OutputFiles.All(shard.OutputDirectory).Select(f => Path.GetRelativePath(shard.OutputDirectory, f)).ToList();
            // A shard writes only its own languages' folders, plus the root files in the one shard that carries them.
            Assert.All(written, file => Assert.True(
                shards[i].Contains(file.Split(Path.DirectorySeparatorChar)[0]) || (i == 0 && !shards.SelectMany(s => s).Contains(file.Split(Path.DirectorySeparatorChar)[0])),
                $"shard {i} wrote {file}"));
            foreach (var file in written)
            {
                var target = Path.Combine(merged, file);
                Assert.False(File.Exists(target), $"{file} written by two shards");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(shard.OutputDirectory, file), target);
            }
        }

        var expected = SiteSnapshot.Of(full.OutputDirectory);
        var actual = SiteSnapshot.Of(merged);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (file, hash) in expected) Assert.True(hash == actual[file], $"{file} differs from the full build");
    }
}
