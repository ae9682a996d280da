namespace Angebotsverzeichnis.Diagnostics;

/// <summary>A place in a source file, one-based as editors count lines and columns.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
