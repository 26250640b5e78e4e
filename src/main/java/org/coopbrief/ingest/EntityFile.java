package org.coopbrief.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;

final class EntityFile extends DatasetFile<Entity> {

    @Override
    String fileName() {
        return "entities.csv";
    }

    @Override
    List<String> columns() {
        return List.of("code", "name_en", "name_ru", "kind", "parent", "iso");
    }

    @Override
    String table() {
        return "entity";
    }

    @Override
    List<String> tableColumns() {
        return List.of("code", "name_en", "name_ru", "kind", "parent", "iso");
    }

    @Override
    String idSql() {
        return "code";
    }

    @Override
    String idColumn() {
        return "code";
    }

    @Override
    String id(Entity row) {
        return row.code();
    }

    @Override
    Entity parse(RowFields f, Lookups lookups) {
        String code = f.code("code", true);
        String nameEn = f.required("name_en");
        String nameRu = f.required("name_ru");
        if (!RowFields.hasCyrillic(nameRu)) {
            throw new RowRejectedException(
                    "name_ru",
                    nameRu,
                    "has no Cyrillic letter: give the Russian name",
                    org.coopbrief.dataset.Problem.of("noCyrillicName"));
        }
        EntityKind kind = f.required("kind", EntityKind::parse);
        String parent = f.code("parent", false);
        if (parent != null && parent.equals(code)) {
            throw new RowRejectedException(
                    "parent",
                    parent,
                    "an entity cannot be its own parent",
                    org.coopbrief.dataset.Problem.of("ownParent"));
        }
        if (parent != null) {
            try {
                lookups.requireEntity("parent", parent);
            } catch (RowRejectedException e) {
                throw new RowRejectedException(
                        "parent",
                        parent,
                        "unknown entity code (a parent must be listed on an earlier line)",
                        org.coopbrief.dataset.Problem.of("parentNotEarlier"));
            }
        }
        String iso = f.optional("iso");
        if (iso != null && !iso.equals("Y")) {
            throw new RowRejectedException("iso", iso, "must be Y or empty", org.coopbrief.dataset.Problem.of("iso"));
        }
        if (iso != null && !code.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
            throw new RowRejectedException(
                    "iso",
                    iso,
                    "code " + code + " is not of ISO 3166 form (XX or XX-YYY)",
                    org.coopbrief.dataset.Problem.of("isoForm", code));
        }
        return new Entity(code, nameEn, nameRu, kind, parent, iso != null);
    }

    @Override
    void accepted(Entity row, Lookups lookups) {
        lookups.addEntity(row.code());
    }

    @Override
    Map<String, Object> toColumns(Entity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", e.code());
        m.put("name_en", e.nameEn());
        m.put("name_ru", e.nameRu());
        m.put("kind", e.kind().code());
        m.put("parent", e.parent());
        m.put("iso", e.iso());
        return m;
    }
}
