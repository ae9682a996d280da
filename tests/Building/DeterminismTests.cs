using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

public class DeterminismTests
{
    [Fact]
    public void TwoBuildsOfTheSameContent_AreByteIdentical()
    {
        using var directory = new TemporaryDirectory();
        var first = SampleBuild.Into(directory.Combine("first"));
        var second = first with { OutputDirectory = directory.Combine("second") };

        Assert.True(BuildPipeline.Build(first).Succeeded);
        Assert.True(BuildPipeline.Build(second).Succeeded);

        var firstFiles = OutputFiles.All(first.OutputDirectory).Select(f => Path.GetRelativePath(first.OutputDirectory, f)).ToList();
        var secondFiles = OutputFiles.All(second.OutputDirectory).Select(f => Path.GetRelativePath(second.OutputDirectory, f)).ToList();
        Assert.Equal(firstFiles, secondFiles);
        foreach (var file in firstFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.OutputDirectory, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.OutputDirectory, file))),
                $"{file} differs between two builds");
        }
    }
}
