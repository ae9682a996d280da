using System.Diagnostics;

namespace Angebotsverzeichnis.Tests.Support;

/// <summary>Runs the generator as a separate process, as an editor or CI would.</summary>
public static class GeneratorProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("generator did not finish");
        }
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Angebotsverzeichnis.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
