package io.github.opennqf.io.internal.credential;

import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ReadProblem.Reason;
import java.io.StringReader;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Takes the credential out of a baked SVG badge: the {@code <openbadges:credential>} element of the
 * Open Badges 3.0 namespace, whose {@code verify} attribute holds a VC-JWT or whose text holds the
 * credential's JSON. The XML is read with StAX, DTDs and external entities off. Stateless.
 */
final class SvgBadge {
    static final String NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

    /**
     * @param jws the VC-JWT of the {@code verify} attribute, or {@code null}
     * @param json the credential's JSON, when there is no {@code verify} attribute
     */
    record Baked(@Nullable String jws, @Nullable String json) {
    }

    private SvgBadge() {
    }

    /** @throws ReadException when the SVG is malformed or holds no credential */
    static Baked extract(String text, String source, ReadLimits limits) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(text));
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > limits.maxDepth()) {
                        throw problem(source, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
                                Reason.LIMIT_EXCEEDED, "the SVG nests elements deeper than " + limits.maxDepth()
                                        + " (ReadLimits.maxDepth)");
                    }
                    if (NAMESPACE.equals(xml.getNamespaceURI()) && "credential".equals(xml.getLocalName())) {
                        String verify = xml.getAttributeValue(null, "verify");
                        if (verify != null && !verify.isBlank()) {
                            return new Baked(verify.strip(), null);
                        }
                        return new Baked(null, xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            String message = String.valueOf(e.getMessage());
            int cut = message.indexOf("Message: ");
            throw problem(source, at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    at == null ? 0 : Math.max(at.getColumnNumber(), 0), Reason.MALFORMED_SYNTAX,
                    "not well-formed SVG: " + (cut >= 0 ? message.substring(cut + 9) : message));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the reader is over a string
                }
            }
        }
        throw problem(source, 0, 0, Reason.MISSING_FIELD, "the SVG holds no <openbadges:credential> element of the"
                + " namespace " + NAMESPACE + ": not a baked Open Badges 3.0 badge");
    }

    private static ReadException problem(String source, long line, long column, Reason reason, String message) {
        Location at = line > 0 ? Location.at(source, line, column) : Location.document(source);
        return new ReadException(List.of(new ReadProblem(at, reason, message)));
    }
}
