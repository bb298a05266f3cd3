#!/usr/bin/env python3
"""Writes test/fixtures/tutorial/: chains made by the Flask tutorial's Blockchain class, tampered copies, and samples
of json.dumps output, so src/core/tutorial-chain.ts is checked against Python itself rather than against a reading of
it. Deterministic: fixed clock, fixed node id, seeded random samples; run it again and no file changes.

    python3 scripts/make-tutorial-chains.py

The class below is the tutorial's (dvf/blockchain, blockchain.py, the code "Methods of Developing Systems Based on
Blockchain" retells) with only its side effects replaced: time() is a fixed list of timestamps, uuid4() a fixed node
id, and valid_chain's debug print()s are left out. OldBlockchain is the tutorial's earlier revision, whose proof hashes
f'{last_proof}{proof}' without the previous block's hash. The paper's transactions carry `info` instead of `amount`;
new_info_transaction adds those next to the tutorial's own.
"""

import copy
import hashlib
import json
import os
import random
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'tutorial')
NODE_IDENTIFIER = '4f1c9e2ab7d84c0e9a3b5d6f7e8c1a20'  # str(uuid4()).replace('-', '') in the tutorial

# Float seconds as time() returns them: an integral one (json writes 1700000000.0), short and full-precision ones.
TIMESTAMPS = [1700000000.0, 1700000061.5, 1700000123.250731, 1700000187.8312526, 1700000244.0000002, 1700000311.1234567]


class Blockchain:
    def __init__(self, clock):
        self.current_transactions = []
        self.chain = []
        self.nodes = set()
        self.time = clock

        # Create the genesis block
        self.new_block(previous_hash='1', proof=100)

    def valid_chain(self, chain):
        last_block = chain[0]
        current_index = 1

        while current_index < len(chain):
            block = chain[current_index]
            # Check that the hash of the block is correct
            last_block_hash = self.hash(last_block)
            if block['previous_hash'] != last_block_hash:
                return False

            # Check that the Proof of Work is correct
            if not self.valid_proof(last_block['proof'], block['proof'], last_block_hash):
                return False

            last_block = block
            current_index += 1

        return True

    def new_block(self, proof, previous_hash):
        block = {
            'index': len(self.chain) + 1,
            'timestamp': self.time(),
            'transactions': self.current_transactions,
            'proof': proof,
            'previous_hash': previous_hash or self.hash(self.chain[-1]),
        }

        # Reset the current list of transactions
        self.current_transactions = []

        self.chain.append(block)
        return block

    def new_transaction(self, sender, recipient, amount):
        self.current_transactions.append({
            'sender': sender,
            'recipient': recipient,
            'amount': amount,
        })

        return self.last_block['index'] + 1

    def new_info_transaction(self, sender, recipient, info):
        # The paper's version of new_transaction: a record with free text where the tutorial has an amount.
        self.current_transactions.append({
            'sender': sender,
            'recipient': recipient,
            'info': info,
        })

        return self.last_block['index'] + 1

    @property
    def last_block(self):
        return self.chain[-1]

    @staticmethod
    def hash(block):
        # We must make sure that the Dictionary is Ordered, or we'll have inconsistent hashes
        block_string = json.dumps(block, sort_keys=True).encode()
        return hashlib.sha256(block_string).hexdigest()

    def proof_of_work(self, last_block):
        last_proof = last_block['proof']
        last_hash = self.hash(last_block)

        proof = 0
        while self.valid_proof(last_proof, proof, last_hash) is False:
            proof += 1

        return proof

    @staticmethod
    def valid_proof(last_proof, proof, last_hash):
        guess = f'{last_proof}{proof}{last_hash}'.encode()
        guess_hash = hashlib.sha256(guess).hexdigest()
        return guess_hash[:4] == "0000"

    def mine(self):
        # The /mine route's body, without Flask.
        last_block = self.last_block
        proof = self.proof_of_work(last_block)
        self.new_transaction(sender="0", recipient=NODE_IDENTIFIER, amount=1)
        previous_hash = self.hash(last_block)
        return self.new_block(proof, previous_hash)


class OldBlockchain(Blockchain):
    """The tutorial's earlier revision: the proof depends on the previous proof only."""

    def valid_chain(self, chain):
        last_block = chain[0]
        current_index = 1

        while current_index < len(chain):
            block = chain[current_index]
            # Check that the hash of the block is correct
            if block['previous_hash'] != self.hash(last_block):
                return False

            # Check that the Proof of Work is correct
            if not self.valid_proof(last_block['proof'], block['proof']):
                return False

            last_block = block
            current_index += 1

        return True

    def proof_of_work(self, last_proof):
        proof = 0
        while self.valid_proof(last_proof, proof) is False:
            proof += 1
        return proof

    @staticmethod
    def valid_proof(last_proof, proof):
        guess = f'{last_proof}{proof}'.encode()
        guess_hash = hashlib.sha256(guess).hexdigest()
        return guess_hash[:4] == "0000"

    def mine(self):
        last_block = self.last_block
        last_proof = last_block['proof']
        proof = self.proof_of_work(last_proof)
        self.new_transaction(sender="0", recipient=NODE_IDENTIFIER, amount=1)
        previous_hash = self.hash(last_block)
        return self.new_block(proof, previous_hash)


def make_chain(cls):
    clock = iter(TIMESTAMPS)
    chain = cls(lambda: next(clock))
    chain.new_transaction('alice', 'bob', 5)
    chain.mine()  # block 2
    chain.new_transaction('bob', 'carol', 2)  # block 3's amount, which a tampered copy edits
    chain.new_info_transaction('sensor-7', 'journal', 'température 21.5 °C')
    chain.mine()  # block 3
    chain.new_info_transaction('датчик-7', 'журнал', 'влажность 40%, 温度 22°')
    chain.new_transaction('carol', 'alice', 0.25)
    chain.mine()  # block 4
    chain.new_info_transaction('courier', 'depot', '📦 "delivered"\\\tline1\nline2\x7f\x01')
    chain.mine()  # block 5
    chain.mine()  # block 6
    return chain


def stops_at(bc, blocks):
    """The block (1-based, as the tutorial counts) at which the tutorial's own valid_chain says False, or None."""
    for n in range(2, len(blocks) + 1):
        if not bc.valid_chain(blocks[:n]):
            return n
    return None


def valid_for(cls, last_block, block):
    if cls is OldBlockchain:
        return OldBlockchain.valid_proof(last_block['proof'], block['proof'])
    return Blockchain.valid_proof(last_block['proof'], block['proof'], Blockchain.hash(last_block))


def tampered(blocks, variant_cls):
    """(name, blocks, expected first invalid block and reason): each copy breaks one rule, the first failure at the
    block named."""
    out = []

    edited = copy.deepcopy(blocks)
    edited[2]['transactions'][0]['amount'] = 20  # block 3: 2 -> 20; its own link still holds, block 4's breaks
    out.append(('edited-amount', edited, {'index': 4, 'reason': 'hash-link'}))

    link = copy.deepcopy(blocks)
    last = link[2]['previous_hash'][-1]
    link[2]['previous_hash'] = link[2]['previous_hash'][:-1] + ('0' if last != '0' else '1')
    out.append(('broken-previous-hash', link, {'index': 3, 'reason': 'hash-link'}))

    proof = copy.deepcopy(blocks)
    proof[2]['proof'] += 1
    while valid_for(variant_cls, proof[1], proof[2]):  # 1 in 65,536: step on until the proof really is wrong
        proof[2]['proof'] += 1
    out.append(('wrong-proof', proof, {'index': 3, 'reason': 'proof'}))

    swapped = copy.deepcopy(blocks)
    swapped[2]['index'], swapped[3]['index'] = swapped[3]['index'], swapped[2]['index']
    out.append(('swapped-index', swapped, {'index': 3, 'reason': 'index'}))

    order = copy.deepcopy(blocks)
    order[3]['timestamp'] = order[2]['timestamp'] - 30.5  # block 4 now says it came before block 3
    out.append(('timestamps-out-of-order', order, {'index': 4, 'reason': 'timestamp-order'}))

    return out


def flask_chain_response(blocks):
    # GET /chain: jsonify({'chain': ..., 'length': ...}) as Flask writes it in debug mode (indent 2, sorted keys,
    # ASCII escapes), with the trailing newline Flask adds.
    return json.dumps({'chain': blocks, 'length': len(blocks)}, indent=2, sort_keys=True) + '\n'


def block_txt(blocks):
    # The paper appends each new block to block.txt as one line of json.dumps(block), in the dict's own key order.
    return ''.join(json.dumps(block) + '\n' for block in blocks)


def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def chain_fixtures():
    cases = []
    for variant, cls, prefix in [('proof+hash', Blockchain, 'proof-hash'), ('proof-only', OldBlockchain, 'proof-only')]:
        bc = make_chain(cls)
        blocks = bc.chain
        for last_block, block in zip(blocks, blocks[1:]):
            # Each block must satisfy its own variant only, so the variant a verifier reports is unambiguous.
            assert valid_for(cls, last_block, block)
            other = Blockchain if cls is OldBlockchain else OldBlockchain
            assert not valid_for(other, last_block, block), 'a proof that satisfies both variants: change the data'
        assert bc.valid_chain(blocks)

        def case(file, chain_blocks, expected, hashes, tutorial_stop):
            cases.append({
                'file': file,
                'variant': variant,
                'length': len(chain_blocks),
                'valid': expected is None,
                'first_invalid': expected,
                # What the tutorial's own valid_chain names (None: it says True, or never reads such a file).
                'tutorial_valid_chain_stops_at': tutorial_stop,
                'hashes': hashes,
            })

        hashes = [cls.hash(b) for b in blocks]
        if variant == 'proof+hash':
            write(f'{prefix}.json', flask_chain_response(blocks))
        else:
            # A bare list, as some copies save the chain, with raw UTF-8 rather than \u escapes.
            write(f'{prefix}.json', json.dumps(blocks, indent=2, ensure_ascii=False) + '\n')
        case(f'{prefix}.json', blocks, None, hashes, None)
        write(f'{prefix}.block.txt', block_txt(blocks))
        case(f'{prefix}.block.txt', blocks, None, hashes, None)

        for name, copy_blocks, expected in tampered(blocks, cls):
            if variant == 'proof-only' and name not in ('edited-amount', 'wrong-proof'):
                continue  # the other rules do not depend on the variant
            tutorial_stop = stops_at(bc, copy_blocks)
            if expected['reason'] in ('hash-link', 'proof'):
                assert tutorial_stop == expected['index'], (name, tutorial_stop)
            else:
                # The tutorial checks neither index nor time: it notices only the next block's broken link.
                assert tutorial_stop == expected['index'] + 1, (name, tutorial_stop)
            write(f'{prefix}-{name}.json', flask_chain_response(copy_blocks))
            case(f'{prefix}-{name}.json', copy_blocks, expected, [cls.hash(b) for b in copy_blocks], tutorial_stop)

        if variant == 'proof+hash':
            # block.txt cut off mid-line at block 4, as a crash while appending would leave it.
            lines = block_txt(blocks).splitlines(keepends=True)
            lines[3] = lines[3][: len(lines[3]) // 2] + '\n'
            write(f'{prefix}-cut-line.block.txt', ''.join(lines))
            case(f'{prefix}-cut-line.block.txt', blocks, {'index': 4, 'reason': 'malformed'},
                 [h if i != 3 else None for i, h in enumerate(hashes)], None)
    return cases


def float_hex(x):
    return struct.pack('>d', x).hex()


def json_samples():
    rng = random.Random(20240613)
    floats = [0.0, -0.0, 1.0, -1.5, 0.1, 0.3, 2 / 3, 100.0, 1e15, 1e16, 9999999999999998.0, 1.5e16, 123456789.0,
              1e-4, 1.2e-4, 1e-5, 1.5e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e21, 1e22,
              1e100, 1e-100, 2.0 ** 53, 2.0 ** 53 + 2, 1700000000.0, 1700000000.123456, 1700000187.8312526,
              float('inf'), float('-inf'), float('nan')]
    for _ in range(40):  # any bit pattern: subnormals, huge and tiny exponents
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        if x == x and abs(x) != float('inf'):
            floats.append(x)
    for _ in range(30):  # time() values: 10^9 seconds with 7 digits after the point
        floats.append(rng.uniform(1.5e9, 1.9e9))
    for e in range(-8, 19):  # both sides of repr's switches to exponent form (1e-05, 1e+16)
        floats.append(rng.choice([1, 1.5, 9.99, 1.0000001, rng.random() * 10]) * 10.0 ** e)

    pools = [
        (0x20, 0x7e), (0x00, 0x1f), (0x7f, 0xff), (0x100, 0x7ff), (0x400, 0x4ff), (0x4e00, 0x9fff),
        (0xd800, 0xdfff), (0xe000, 0xffff), (0x10000, 0x10ffff), (0x1f300, 0x1f6ff),
    ]
    strings = ['', 'plain', 'quote " backslash \\ slash /', '\b\f\n\r\t', '\x00\x01\x1f\x7f\x80\x9f', 'é',
               'température 21.5 °C', 'датчик', '温度', '📦', '\ud800', '\udfff', 'a\ud83d', '\uffff\U00010000',
               '\u2028\u2029', '\ufeff']
    for _ in range(60):
        length = rng.randint(0, 12)
        chars = []
        for _ in range(length):
            lo, hi = rng.choice(pools)
            chars.append(chr(rng.randint(lo, hi)))
        strings.append(''.join(chars))

    keys = ['a', 'B', 'b', 'aa', 'é', 'z', 'ю', '温', '\uffff', '\U0001f4e6', '\U00010000', 'amount', 'info', '']
    def value(depth):
        kind = rng.randrange(8 if depth < 3 else 5)
        if kind == 0:
            return rng.choice([None, True, False])
        if kind == 1:
            return rng.choice([0, -7, 1, 2 ** 70, -(2 ** 64) - 1, 35293])
        if kind == 2:
            return rng.choice(floats[:40])
        if kind in (3, 4):
            return rng.choice(strings)
        if kind == 5:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(keys): value(depth + 1) for _ in range(rng.randint(0, 4))}
    texts = [
        # json.loads' number rules: '-0' is the int 0, anything with '.', 'e' or 'E' is a float.
        '{"b": -0, "a": 1E5, "c": 1.0e0, "d": -0.0, "e": 12345678901234567890123, "f": 1e400, "g": -1e400}',
        '{"dup": 1, "dup": 2, "\\ud83d\\ude00": "pair", "\\uffff": "bmp", "A": [], "a": {}}',
        '[NaN, Infinity, -Infinity, 1700000000.0, 1700000000, true, null, "\\u00e9\\/"]',
    ]
    for _ in range(15):
        texts.append(json.dumps({rng.choice(keys): value(0) for _ in range(rng.randint(1, 5))}, ensure_ascii=False))
    return {
        'floats': [{'bits': float_hex(x), 'json': json.dumps(x)} for x in floats],
        # Code points as hex, not as a JSON string: the input must not pass through the JSON decoder under test.
        'strings': [{'code_points': ' '.join(f'{ord(c):x}' for c in s), 'json': json.dumps(s)} for s in strings],
        'documents': [{'text': t, 'json': json.dumps(json.loads(t), sort_keys=True)} for t in texts],
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = chain_fixtures()
    write('expected.json', json.dumps({'chains': cases}, indent=2) + '\n')
    write('python-json-samples.json', json.dumps(json_samples(), indent=2) + '\n')


if __name__ == '__main__':
    main()
