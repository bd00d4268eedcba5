using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Course.Tests.Authoring;

/// <summary>
/// The text pieces the generator can write into a message: every string literal of src/**/*.cs (an interpolated
/// string split at its holes, with {{ and }} unescaped), and the strings of YamlDotNet, whose errors the
/// messages quote. A catalog entry whose English text is not made of these pieces is no longer written.
/// </summary>
internal static class SourceLiterals
{
    public static IReadOnlyList<string> Read(string sourceRoot)
    {
        var pieces = new List<string>();
        foreach (string file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string code = File.ReadAllText(file);
            int i = 0;
            while (i < code.Length)
            {
                i = Step(code, i, pieces);
            }
        }

        pieces.AddRange(LibraryStrings(typeof(YamlDotNet.Core.YamlException).Assembly.Location));
        return pieces;
    }

    /// <summary>Whether <paramref name="fragment"/> is inside one piece, or is the end of a piece, up to two whole pieces and the start of another (text built with + or with a hole between literals).</summary>
    public static bool Covers(IReadOnlyList<string> pieces, string fragment)
    {
        if (pieces.Any(p => p.Contains(fragment, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        const int MaxSegments = 4;
        var reached = new HashSet<(int At, int Segments)>();
        var pending = new Queue<(int At, int Segments)>();
        for (int end = 1; end < fragment.Length; end++)
        {
            string head = fragment[..end];
            if (pieces.Any(p => p.EndsWith(head, StringComparison.OrdinalIgnoreCase)) && reached.Add((end, 1)))
            {
                pending.Enqueue((end, 1));
            }
        }

        while (pending.TryDequeue(out var state))
        {
            string rest = fragment[state.At..];
            if (pieces.Any(p => p.StartsWith(rest, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (state.Segments + 1 >= MaxSegments)
            {
                continue;
            }

            foreach (string piece in pieces.Where(p => p.Length > 1 && rest.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                if (reached.Add((state.At + piece.Length, state.Segments + 1)))
                {
                    pending.Enqueue((state.At + piece.Length, state.Segments + 1));
                }
            }
        }

        return false;
    }

    /// <summary>Reads one token at <paramref name="i"/> (a comment, a character, a string) and returns where the next begins.</summary>
    private static int Step(string code, int i, List<string> pieces)
    {
        if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '/')
        {
            int end = code.IndexOf('\n', i);
            return end < 0 ? code.Length : end + 1;
        }

        if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '*')
        {
            int end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return end < 0 ? code.Length : end + 2;
        }

        if (code[i] == '\'')
        {
            int j = i + 1;
            while (j < code.Length && code[j] != '\'')
            {
                j += code[j] == '\\' ? 2 : 1;
            }

            return j + 1;
        }

        int start = i;
        bool interpolated = false, verbatim = false;
        while (i < code.Length && code[i] is '$' or '@')
        {
            interpolated |= code[i] == '$';
            verbatim |= code[i] == '@';
            i++;
        }

        if (i >= code.Length || code[i] != '"')
        {
            return start + 1;
        }

        if (code.AsSpan(i).StartsWith("\"\"\""))
        {
            int quotes = 0;
            while (code[i + quotes] == '"')
            {
                quotes++;
            }

            string fence = new('"', quotes);
            int close = code.IndexOf(fence, i + quotes, StringComparison.Ordinal);
            pieces.Add(code[(i + quotes)..close]);
            return close + quotes;
        }

        return ReadString(code, i + 1, interpolated, verbatim, pieces);
    }

    private static int ReadString(string code, int i, bool interpolated, bool verbatim, List<string> pieces)
    {
        var piece = new StringBuilder();
        while (i < code.Length)
        {
            char c = code[i];
            if (c == '"' && verbatim && i + 1 < code.Length && code[i + 1] == '"')
            {
                piece.Append('"');
                i += 2;
            }
            else if (c == '"')
            {
                pieces.Add(piece.ToString());
                return i + 1;
            }
            else if (c == '\\' && !verbatim)
            {
                char escaped = code[i + 1];
                piece.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => escaped });
                i += 2;
            }
            else if (interpolated && (c is '{' or '}') && i + 1 < code.Length && code[i + 1] == c)
            {
                piece.Append(c);
                i += 2;
            }
            else if (interpolated && c == '{')
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                i = SkipHole(code, i + 1, pieces);
            }
            else
            {
                piece.Append(c);
                i++;
            }
        }

        return i;
    }

    /// <summary>Skips an interpolation hole up to its closing brace; literals inside it are pieces too.</summary>
    private static int SkipHole(string code, int i, List<string> pieces)
    {
        int depth = 0;
        while (i < code.Length)
        {
            char c = code[i];
            if (c is '"' or '$' or '@' or '\'')
            {
                i = Step(code, i, pieces);
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth-- == 0)
            {
                return i + 1;
            }

            i++;
        }

        return i;
    }

    private static List<string> LibraryStrings(string assembly)
    {
        using FileStream stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var strings = new List<string>();
        for (UserStringHandle handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            strings.Add(metadata.GetUserString(handle));
        }

        return strings;
    }
}
