using System.Buffers;
using System.Text;
using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading.Yaml;

/// <summary>
/// Reads the plain shape that record files are written in straight into a <see cref="YamlValue"/> tree, several times
/// faster than YamlDotNet: blocks of "key: value" lines, lists of blocks ("- "), one-line values (plain, or quoted
/// without escapes), "[a, b]" lists on one line and "|" texts. On anything else, and on every mistake, it gives up
/// and returns null; <see cref="YamlFileReader"/> then reads the file with YamlDotNet, which also reports the problem.
/// For every file it accepts, the tree is the one <see cref="YamlFileReader"/> builds from YamlDotNet's events,
/// positions included.
/// </summary>
internal sealed class SimpleYamlParser
{
    /// <summary>Tabs, carriage returns and other control characters below U+0020 but the line break.</summary>
    private static readonly SearchValues<char> AsciiLeftToYamlDotNet =
        SearchValues.Create(Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c).ToArray());

    /// <summary>Unicode line separators, byte order marks and non-characters.</summary>
    private static readonly SearchValues<char> OthersLeftToYamlDotNet = SearchValues.Create("\u2028\u2029\uFEFF\uFFFE\uFFFF");

    /// <summary>Characters with which a plain value cannot start, or which YAML reads specially there.</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    /// <summary>Characters that end a word in "[a, b]" or "{ a: 1, b: 2 }", or that would need YamlDotNet's rules there.</summary>
    private static readonly SearchValues<char> FlowWordStops = SearchValues.Create(",[]{}#:'\"\n");

    private readonly string _text;
    private readonly string _file;
    private readonly int _maxDepth;
    private int _lineStart;
    private int _lineEnd;
    private int _line = 1;

    /// <summary>Reused for every "|" text a thread reads, so that only the finished texts are allocated.</summary>
    [ThreadStatic] private static StringBuilder? LiteralBuilder;

    private SimpleYamlParser(string text, string file, int maxDepth)
    {
        _text = text;
        _file = file;
        _maxDepth = maxDepth;
        _lineEnd = text.IndexOf('\n');
    }

    public static YamlValue? TryParse(string text, string file, int maxDepth)
    {
        // Every line ends in a line break, so that a line's end is always found by IndexOf('\n').
        var span = text.AsSpan();
        if (span.IsEmpty || span[^1] != '\n' || span.ContainsAny(AsciiLeftToYamlDotNet) || span.ContainsAnyInRange('\u007F', '\u009F') ||
            span.ContainsAny(OthersLeftToYamlDotNet))
        {
            return null;
        }
        return new SimpleYamlParser(text, file, maxDepth).ReadDocument();
    }

    private bool AtEnd => _lineStart >= _text.Length;

    private int Indentation
    {
        get
        {
            var i = _lineStart;
            while (_text[i] == ' ') i++;
            return i - _lineStart;
        }
    }

    private SourcePosition At(int index) => new(_file, _line, index - _lineStart + 1);

    private void NextLine()
    {
        _lineStart = _lineEnd + 1;
        _line++;
        _lineEnd = AtEnd ? _text.Length : _text.IndexOf('\n', _lineStart);
    }

    private void SkipBlankAndCommentLines()
    {
        while (!AtEnd)
        {
            var first = _lineStart + Indentation;
            if (first != _lineEnd && _text[first] != '#') return;
            NextLine();
        }
    }

    private int SkipSpaces(int index)
    {
        while (_text[index] == ' ') index++;
        return index;
    }

    private YamlMap? ReadDocument()
    {
        SkipBlankAndCommentLines();
        if (AtEnd || Indentation != 0) return null;
        var root = ReadMapping(indent: 0, depth: 0);
        return AtEnd ? root : null;
    }

    /// <summary>A block whose first key starts at column <paramref name="indent"/> of the current line.</summary>
    private YamlMap? ReadMapping(int indent, int depth)
    {
        if (depth + 1 > _maxDepth) return null;
        var position = At(_lineStart + indent);
        var entries = new List<YamlMapEntry>();
        while (true)
        {
            var keyStart = _lineStart + indent;
            var colon = EndOfKey(keyStart);
            if (colon < 0) return null;
            var key = _text.Substring(keyStart, colon - keyStart);
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key) return null;
            }
            var keyText = new YamlText(At(keyStart), key, IsPlain: true);
            var valueStart = SkipSpaces(colon + 1);
            var value = valueStart == _lineEnd
                ? ReadValueBelow(indent, depth + 1, emptyAt: At(colon + 1))
                : ReadValueOnLine(valueStart, indent, depth + 1);
            if (value is null) return null;
            entries.Add(new YamlMapEntry(keyText, value));

            SkipBlankAndCommentLines();
            if (AtEnd) break;
            var next = Indentation;
            if (next < indent) break;
            // A deeper line would go on with the value above (YAML folds it into one line) or be a mistake.
            if (next > indent) return null;
        }
        return new YamlMap(position, entries);
    }

    /// <summary>The index of the colon after a simple key ("ort:", "zeiten_hinweis: …"), or -1.</summary>
    private int EndOfKey(int start)
    {
        var i = start;
        while (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-') i++;
        var length = i - start;
        if (length == 0 || length > 100 || _text[start] == '-' || _text[i] != ':') return -1;
        return i + 1 == _lineEnd || _text[i + 1] == ' ' ? i : -1;
    }

    private bool StartsListEntry(int indent)
    {
        var dash = _lineStart + indent;
        return _text[dash] == '-' && (dash + 1 == _lineEnd || _text[dash + 1] == ' ');
    }

    /// <summary>The value of a key with nothing after its colon: a block or list below it, or an empty value.</summary>
    private YamlValue? ReadValueBelow(int keyIndent, int depth, SourcePosition emptyAt)
    {
        NextLine();
        SkipBlankAndCommentLines();
        if (AtEnd) return new YamlText(emptyAt, "", IsPlain: true);
        var indent = Indentation;
        if (indent <= keyIndent) return new YamlText(emptyAt, "", IsPlain: true);
        return StartsListEntry(indent) ? ReadList(indent, depth) : ReadMapping(indent, depth);
    }

    /// <summary>A value that starts on the current line; afterwards the current line is the one after it.</summary>
    private YamlValue? ReadValueOnLine(int start, int parentIndent, int depth)
    {
        if (_text[start] == '|') return ReadLiteralText(start, parentIndent);
        YamlValue? value = _text[start] switch
        {
            '[' => ReadFlowList(start, depth),
            '{' => ReadFlowMap(start, depth),
            '"' or '\'' => ReadQuoted(start),
            _ => ReadPlain(start),
        };
        if (value is not null) NextLine();
        return value;
    }

    private YamlText? ReadPlain(int start)
    {
        if (Indicators.Contains(_text[start])) return null;
        var end = _lineEnd;
        while (_text[end - 1] == ' ') end--;
        var value = _text.AsSpan(start, end - start);
        // ": " would start a mapping, " #" a comment.
        if (value.Contains(": ", StringComparison.Ordinal) || value[^1] == ':' || value.Contains(" #", StringComparison.Ordinal)) return null;
        return new YamlText(At(start), value.ToString(), IsPlain: true);
    }

    private YamlText? ReadQuoted(int start)
    {
        var quoted = ReadQuotedWord(start);
        return quoted is not null && SkipSpaces(start + quoted.Value.Length + 2) == _lineEnd ? quoted : null;
    }

    /// <summary>A value in quotation marks that ends on its line, without escapes: no backslash in "…", no doubled quote in '…'.</summary>
    private YamlText? ReadQuotedWord(int start)
    {
        var quote = _text[start];
        var close = _text.IndexOf(quote, start + 1, _lineEnd - start - 1);
        if (close < 0 || _text[close + 1] == quote) return null;
        var value = _text.Substring(start + 1, close - start - 1);
        if (quote == '"' && value.Contains('\\')) return null;
        return new YamlText(At(start), value, IsPlain: false);
    }

    /// <summary>A list of single words on one line, such as "[de, tr]".</summary>
    private YamlList? ReadFlowList(int start, int depth)
    {
        if (depth + 1 > _maxDepth) return null;
        var items = new List<YamlValue>();
        var i = SkipSpaces(start + 1);
        if (_text[i] != ']')
        {
            while (true)
            {
                var item = ReadFlowWord(i, ']', out var stop);
                if (item is null) return null;
                items.Add(item);
                i = stop;
                if (_text[stop] == ']') break;
                i = SkipSpaces(stop + 1);
            }
        }
        return SkipSpaces(i + 1) == _lineEnd ? new YamlList(At(start), items) : null;
    }

    /// <summary>A block of single words on one line, such as "{ breite: 51.43, laenge: 7.33 }".</summary>
    private YamlMap? ReadFlowMap(int start, int depth)
    {
        if (depth + 1 > _maxDepth) return null;
        var entries = new List<YamlMapEntry>();
        var i = SkipSpaces(start + 1);
        if (_text[i] != '}')
        {
            while (true)
            {
                var colon = EndOfKey(i);
                if (colon < 0) return null;
                var key = _text.Substring(i, colon - i);
                foreach (var entry in entries)
                {
                    if (entry.Key.Value == key) return null;
                }
                var keyText = new YamlText(At(i), key, IsPlain: true);
                var value = ReadFlowWord(SkipSpaces(colon + 1), '}', out var stop);
                if (value is null) return null;
                entries.Add(new YamlMapEntry(keyText, value));
                i = stop;
                if (_text[stop] == '}') break;
                i = SkipSpaces(stop + 1);
            }
        }
        return SkipSpaces(i + 1) == _lineEnd ? new YamlMap(At(start), entries) : null;
    }

    /// <summary>A plain or quoted word inside "[…]" or "{…}", up to the next "," or the closing bracket at <paramref name="stop"/>.</summary>
    private YamlText? ReadFlowWord(int start, char close, out int stop)
    {
        stop = start;
        if (_text[start] is '"' or '\'')
        {
            var quoted = ReadQuotedWord(start);
            if (quoted is null) return null;
            stop = SkipSpaces(start + quoted.Value.Length + 2);
            return _text[stop] == ',' || _text[stop] == close ? quoted : null;
        }
        if (Indicators.Contains(_text[start])) return null;
        stop = _text.AsSpan(start, _lineEnd - start + 1).IndexOfAny(FlowWordStops) + start;
        if (_text[stop] != ',' && _text[stop] != close) return null;
        var end = stop;
        while (_text[end - 1] == ' ') end--;
        return new YamlText(At(start), _text.Substring(start, end - start), IsPlain: true);
    }

    /// <summary>A list of entries starting with "- " at column <paramref name="indent"/>.</summary>
    private YamlList? ReadList(int indent, int depth)
    {
        if (depth + 1 > _maxDepth) return null;
        var position = At(_lineStart + indent);
        var items = new List<YamlValue>();
        while (true)
        {
            var itemStart = SkipSpaces(_lineStart + indent + 1);
            if (itemStart == _lineEnd) return null;
            var item = EndOfKey(itemStart) >= 0
                ? ReadMapping(itemStart - _lineStart, depth + 1)
                : ReadValueOnLine(itemStart, indent, depth + 1);
            if (item is null) return null;
            items.Add(item);

            SkipBlankAndCommentLines();
            if (AtEnd) break;
            var next = Indentation;
            if (next < indent) break;
            if (next > indent || !StartsListEntry(next)) return null;
        }
        return new YamlList(position, items);
    }

    /// <summary>
    /// A "|" text: the lines below that are indented like its first line, without that indentation; one line break
    /// at the end, as YAML's default "clip" keeps it.
    /// </summary>
    private YamlText? ReadLiteralText(int start, int parentIndent)
    {
        if (SkipSpaces(start + 1) != _lineEnd) return null;
        var position = At(start);
        NextLine();
        if (AtEnd) return null;
        var indent = Indentation;
        if (indent <= parentIndent || _lineStart + indent == _lineEnd) return null;

        var text = LiteralBuilder ??= new StringBuilder();
        text.Clear();
        var emptyLines = 0;
        while (!AtEnd)
        {
            var length = _lineEnd - _lineStart;
            var spaces = Indentation;
            if (spaces == length && length <= indent)
            {
                emptyLines++;
            }
            else if (spaces < indent)
            {
                break;
            }
            else
            {
                text.Append('\n', emptyLines).Append(_text, _lineStart + indent, length - indent).Append('\n');
                emptyLines = 0;
            }
            NextLine();
        }
        return new YamlText(position, text.ToString(), IsPlain: false, IsBlock: true);
    }
}
