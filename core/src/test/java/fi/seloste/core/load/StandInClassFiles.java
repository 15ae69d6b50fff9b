package fi.seloste.core.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes minimal, well-formed class files for tests that need the bytecode of many classes without compiling them:
 * the bytecode check parses annotation attributes, so a stand-in must carry its annotations where javac puts them.
 */
public final class StandInClassFiles {

    private StandInClassFiles() {}

    /** @return a class that carries {@code @PersonalData} on one field, as javac leaves an annotated class */
    public static byte[] annotated(String binaryName) {
        return of(binaryName, List.of("Lfi/seloste/PersonalData;"), List.of());
    }

    /** @return a class with one field and no annotations */
    public static byte[] plain(String binaryName) {
        return of(binaryName, List.of(), List.of());
    }

    /**
     * @param binaryName the class's binary name
     * @param fieldAnnotations descriptors of the annotations on its one field ({@code Lfi/seloste/PersonalData;})
     * @param classAnnotations descriptors of the annotations on the class ({@code Ljakarta/persistence/Entity;})
     * @return the class file (class-file version 61, Java 17)
     */
    public static byte[] of(String binaryName, List<String> fieldAnnotations, List<String> classAnnotations) {
        try {
            List<String> utf8 = new ArrayList<>(List.of(binaryName.replace('.', '/'), "java/lang/Object",
                    "RuntimeInvisibleAnnotations", "value", "Ljava/lang/String;"));
            int firstAnnotation = utf8.size() + 3; // constants 1..5 are those Utf8s, 6 and 7 the two classes
            utf8.addAll(fieldAnnotations);
            utf8.addAll(classAnnotations);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(61);
            out.writeShort(utf8.size() + 2 + 1);
            for (int i = 0; i < 5; i++) {
                out.writeByte(1);
                out.writeUTF(utf8.get(i));
            }
            out.writeByte(7);
            out.writeShort(1); // 6: this class
            out.writeByte(7);
            out.writeShort(2); // 7: java/lang/Object
            for (int i = 5; i < utf8.size(); i++) {
                out.writeByte(1);
                out.writeUTF(utf8.get(i)); // 8…: the annotations' descriptors
            }
            out.writeShort(0x0021); // public super
            out.writeShort(6);
            out.writeShort(7);
            out.writeShort(0); // interfaces
            out.writeShort(1); // one field: private String value
            out.writeShort(0x0002);
            out.writeShort(4);
            out.writeShort(5);
            annotations(out, firstAnnotation, fieldAnnotations.size());
            out.writeShort(0); // methods
            annotations(out, firstAnnotation + fieldAnnotations.size(), classAnnotations.size());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an attribute count and, for annotations, one RuntimeInvisibleAnnotations attribute naming them. */
    private static void annotations(DataOutputStream out, int first, int count) throws IOException {
        if (count == 0) {
            out.writeShort(0);
            return;
        }
        out.writeShort(1);
        out.writeShort(3); // "RuntimeInvisibleAnnotations"
        out.writeInt(2 + 4 * count);
        out.writeShort(count);
        for (int i = 0; i < count; i++) {
            out.writeShort(first + i);
            out.writeShort(0); // no element values
        }
    }
}
