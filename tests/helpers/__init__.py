"""What tests share: builders, fakes and checks for test modules of every layer.

A test module imports its helpers from here and takes its fixtures from a conftest.py;
it never imports another test module (tests/unit/test_architecture.py keeps it so),
so a test file can be renamed, split or deleted without breaking its neighbours.
"""
