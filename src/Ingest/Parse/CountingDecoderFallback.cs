using System.Text;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Counts the byte sequences an encoding cannot decode, so candidate charsets can be compared on real bytes.</summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    public int Errors { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new CountingBuffer(this);

    private sealed class CountingBuffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Errors++;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;
    }
}
