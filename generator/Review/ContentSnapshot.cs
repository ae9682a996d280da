using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using YamlDotNet.RepresentationModel;

namespace Angebotsverzeichnis.Review;

/// <summary>
/// The records of a content folder, read as YAML trees rather than through the model, so that every field of
/// every kind is compared, also one the model does not know yet. What must not leave the repository stays out:
/// the "intern" block is never read, and a contact person's details are shown only as "changed".
/// </summary>
public static class ContentSnapshot
{
    /// <summary>Blocks that name a person: those of a kind with a consent field, and the internal contact person.</summary>
    private static readonly HashSet<string> PersonBlocks = new(ConsentBlocks().Select(b => b.Block.Name).Append("ansprechperson"), StringComparer.Ordinal);

    /// <summary>Whether consent was given is no personal detail: the review shows it.</summary>
    private static readonly string[] ConsentFields = [.. ConsentBlocks().Select(b => "." + b.Consent.Name).Distinct()];

    private static IEnumerable<(FieldSpec Block, FieldSpec Consent)> ConsentBlocks() =>
        OfferKinds.All.SelectMany(k => k.Fields).SelectMany(f => f.Children.Where(c => c.MustBeYes).Select(c => (f, c)));

    public static IReadOnlyDictionary<string, RecordSnapshot> Read(string contentDirectory)
    {
        var records = new SortedDictionary<string, RecordSnapshot>(StringComparer.Ordinal);
        // The loader's own search: a link out of the content folder is not followed, so a pull request cannot have
        // the review print a file from elsewhere on the machine. What it reports, the check reports again.
        foreach (var file in ContentLoader.FindRecordFiles(contentDirectory, new DiagnosticList()))
        {
            var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var hidden = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                var stream = new YamlStream();
                using (var reader = new StreamReader(file.FullPath)) stream.Load(reader);
                if (stream.Documents.Count > 0) Flatten(stream.Documents[0].RootNode, "", inPerson: false, fields, hidden);
            }
            catch (YamlDotNet.Core.YamlException)
            {
                fields["(Datei)"] = "kein gültiges YAML";
            }
            var relative = Path.GetRelativePath(contentDirectory, file.FullPath).Replace('\\', '/');
            records[file.Id] = new RecordSnapshot(file.Id, file.Kind.Folder, relative, fields, hidden);
        }
        return records;
    }

    private static void Flatten(YamlNode node, string path, bool inPerson, IDictionary<string, string> fields, ISet<string> hidden)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = keyNode.ToString();
                    // A translation's source fingerprint changes with the translation, which the review shows itself;
                    // what a change makes stale the check reports (AV604 among the new warnings).
                    if (key == "intern" || Loading.Records.SourceFingerprint.IsKey(key, out _)) continue;
                    Flatten(value, path.Length == 0 ? key : $"{path}.{key}", inPerson || PersonBlocks.Contains(key), fields, hidden);
                }
                break;
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                Add(path, string.Join(", ", sequence.Children.Select(c => c.ToString())));
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++) Flatten(sequence.Children[i], $"{path}[{i + 1}]", inPerson, fields, hidden);
                break;
            case YamlScalarNode scalar:
                Add(path, scalar.Value ?? "");
                break;
        }

        // A contact person's details are compared, but the report says only that they changed.
        void Add(string at, string value)
        {
            fields[at] = value;
            if (inPerson && !ConsentFields.Any(c => at.EndsWith(c, StringComparison.Ordinal))) hidden.Add(at);
        }
    }
}
