// Starts the form editor (Decap CMS, loaded before this module) with the configuration the build made from the
// record format, and teaches it to read and write record files the way editors write them by hand.
import { readRecord, writeRecord, recordId, fingerprintUpdates } from './record-text.js';

const config = await (await fetch('config.json')).json();

for (const collection of config.collections) {
  CMS.registerCustomFormat(collection.format, collection.extension, {
    fromFile: text => readRecord(text),
    toFile: data => writeRecord(data, collection.fields, collection.record_modeline),
  });
}

// Before a save: a translation typed in the form records the fingerprint of its German text, and a new record
// gets its file name (the id) from its German name and town.
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = config.collections.find(c => c.name === entry.get('collection'));
    let data = entry.get('data');
    for (const [path, fingerprint] of await fingerprintUpdates(data.toJS(), collection.fields)) data = data.setIn(path, fingerprint);
    if (entry.get('newRecord')) {
      data = data.set('__record_id', recordId(data.getIn(collection.identifier_field.split('.')), data.get('ort')));
    }
    return data;
  },
});

CMS.init({ config: { ...config, load_config_file: false } });
