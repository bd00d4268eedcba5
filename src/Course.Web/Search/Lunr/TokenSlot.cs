namespace Course.Web.Search.Lunr;

/// <summary>
/// A slot of a <see cref="TokenTable"/>, 32 bytes: a token's hash, its id, its length (capped) and its first
/// <see cref="InlineLength"/> characters. Nine words in ten are that short, so finding them reads the slot and
/// nothing else: comparing against the token's string meant a second cache miss per word.
/// </summary>
internal struct TokenSlot
{
    public const int InlineLength = TokenSlotCharacters.Length;

    /// <summary>Lengths from here on are stored as this: such tokens are compared in full anyway.</summary>
    public const int LongLength = ushort.MaxValue;

    public int Hash;

    public int Id;

    /// <summary>The token's length, capped at <see cref="LongLength"/>; 0 marks an empty slot.</summary>
    public ushort Length;

    public TokenSlotCharacters Characters;
}
