using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Angebotsverzeichnis.Tests.Validation;

/// <summary>
/// Turns a YAML file into JSON the way VS Code's yaml-language-server sees it before it checks a JSON Schema:
/// YAML 1.2 core schema. Plain scalars <c>true</c>/<c>false</c> (also <c>True</c>, <c>TRUE</c> …) become booleans,
/// <c>null</c>, <c>~</c> and empty become null, integers and floats become numbers; everything else — quoted scalars,
/// block texts, dates such as 2026-09-15 and times such as 09:30 — stays a string. Mappings become objects,
/// sequences arrays. (YAML 1.1 words like yes/no/on/off and sexagesimal numbers are strings in 1.2.)
/// </summary>
public static partial class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count switch
        {
            0 => null,
            1 => Node(stream.Documents[0].RootNode),
            _ => throw new InvalidDataException("more than one YAML document"),
        };
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Node).ToArray()),
        YamlMappingNode mapping => Mapping(mapping),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var json = new JsonObject();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: var text } ? text ?? "" : throw new InvalidDataException($"complex key at {keyNode.Start}");
            // yaml-language-server reports duplicate keys itself; the corpus has none (the validator checks them).
            if (json.ContainsKey(key)) throw new InvalidDataException($"duplicate key \"{key}\" at {keyNode.Start}");
            json[key] = Node(value);
        }
        return json;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        // Quoted and block scalars are always strings, and so is a plain scalar with the non-specific tag "!" or !!str.
        if (scalar.Style != ScalarStyle.Plain || tag is "!" or "tag:yaml.org,2002:str") return JsonValue.Create(value);
        if (tag is "tag:yaml.org,2002:null" || NullPattern().IsMatch(value)) return null;
        if (BooleanPattern().IsMatch(value)) return JsonValue.Create(value[0] is 't' or 'T');
        if (IntegerPattern().IsMatch(value)) return Integer(BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (OctalPattern().IsMatch(value)) return Integer(value[2..].Aggregate(BigInteger.Zero, (n, c) => n * 8 + (c - '0')));
        if (HexPattern().IsMatch(value)) return Integer(BigInteger.Parse("0" + value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(value)) return JsonValue.Create(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
        // .inf and .nan are numbers in YAML but cannot be written in JSON; none of our fields takes them.
        return JsonValue.Create(value);
    }

    private static JsonNode Integer(BigInteger number) =>
        number >= long.MinValue && number <= long.MaxValue
            ? JsonValue.Create((long)number)
            : JsonValue.Create(double.Parse(number.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BooleanPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
