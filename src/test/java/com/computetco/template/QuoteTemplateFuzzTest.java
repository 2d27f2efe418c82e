package com.computetco.template;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computetco.io.QuoteReader;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated vendor workbooks: flipped bytes, truncations, spliced and repeated spans of a filled template. Every
 * input ends in quotes or messages, never an exception, and no single input hangs the reader.
 */
@org.junit.jupiter.api.Tag("slow")
class QuoteTemplateFuzzTest {
    private static final int INPUTS = Integer.getInteger("fuzz.xlsx.inputs", 400);
    private static final long HANG_NANOS = 5_000_000_000L;

    @Test
    void mutatedWorkbooksNeverThrowOrHang() {
        byte[] filled = TemplateFiles.filledWithSamples();
        Random random = new Random(Long.getLong("fuzz.seed", 20261127L));
        int withQuotes = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(filled, random);
            long start = System.nanoTime();
            TemplateImport read;
            try {
                read = QuoteTemplateReader.read(input, new QuoteReader(TemplateFiles.MAY_2024));
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                fail("input " + i + " escaped the reader: " + e, e);
                return;
            }
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed < HANG_NANOS, "input " + i + " took " + elapsed / 1_000_000 + " ms");
            assertNotNull(read);
            assertTrue(!read.rows().isEmpty() || !read.issues().isEmpty(), "input " + i + ": neither quotes nor a reason");
            if (!read.rows().isEmpty()) {
                withQuotes++;
            }
        }
        // Some mutations land in parts the reader ignores: the test exercised both outcomes.
        assertTrue(withQuotes > 0, "no mutated workbook still imported");
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] copy = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {
                return Arrays.copyOf(copy, random.nextInt(copy.length));
            }
            case 2 -> {
                int from = random.nextInt(copy.length);
                int length = Math.min(copy.length - from, 1 + random.nextInt(512));
                int to = random.nextInt(copy.length - length + 1);
                System.arraycopy(original, from, copy, to, length);
                return copy;
            }
            default -> {
                int cut = random.nextInt(copy.length);
                byte[] doubled = new byte[copy.length + cut];
                System.arraycopy(copy, 0, doubled, 0, cut);
                System.arraycopy(copy, 0, doubled, cut, copy.length);
                return doubled;
            }
        }
    }
}
