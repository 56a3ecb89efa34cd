namespace Verify.Theory.Units;

/// <summary>The sizes a catalogue unit may depend on.</summary>
public enum UnitSize
{
    /// <summary>D, the input dimension.</summary>
    InputDim,

    /// <summary>C, the output dimension (the number of output components).</summary>
    OutputDim,

    /// <summary>k, the kernel size of a convolution.</summary>
    Kernel,

    /// <summary>N, the number of context tokens of an attention head.</summary>
    Tokens,

    /// <summary>d, the dimension of one token.</summary>
    TokenDim,
}
