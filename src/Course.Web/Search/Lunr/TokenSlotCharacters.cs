using System.Runtime.CompilerServices;

namespace Course.Web.Search.Lunr;

/// <summary>The characters a <see cref="TokenSlot"/> holds in place: enough to fill the slot to 32 bytes.</summary>
[InlineArray(Length)]
internal struct TokenSlotCharacters
{
    public const int Length = 11;

    private char first;
}
